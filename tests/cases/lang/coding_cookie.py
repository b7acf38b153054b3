# -*- coding: latin-1 -*-
# A latin-1 coding cookie: the source bytes below are latin-1, not UTF-8.
s = "café naïve ©"
print(s, len(s), [hex(ord(c)) for c in s[-3:]])
print(s.encode("utf-8"))

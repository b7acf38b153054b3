# Every code point's decomposition and decimal, digit and numeric values in ucd_3_2_0
# (Unicode 3.2.0), one digest each, and a few characters in full.
import hashlib
import unicodedata as ud
from itertools import repeat

chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]


def digest(label, values):
    text = "\n".join(map(str, values))
    print(label, hashlib.sha256(text.encode()).hexdigest()[:32])


old = ud.ucd_3_2_0
digest("decomposition", map(old.decomposition, chars))
digest("decimal", map(old.decimal, chars, repeat(None)))
digest("digit", map(old.digit, chars, repeat(None)))
digest("numeric", map(old.numeric, chars, repeat(None)))
for c in "A\u00b2\u231a\u9fa5\u9fa6\U0001f600\u0221\u2f86\U0002f868":
    print(ascii(c), old.category(c), repr(old.bidirectional(c)), old.east_asian_width(c),
          old.mirrored(c), old.decimal(c, None), old.digit(c, None), old.numeric(c, None),
          repr(old.decomposition(c)), old.name(c, None))

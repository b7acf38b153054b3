# One-character strings of latin-1 characters are shared objects, as in CPython: indexing,
# iteration, chr() and joins of them give the same object each time; others are equal only.
s = "hello é wörld"
t = "wörld"
u = "xa"
print(s[1] is s[1], s[-1] is t[4], chr(233) is chr(233), chr(300) is chr(300))
print([c for c in "abca"][0] is u[1], "".join([u[1]]) is s[12 - 12 + 0].replace("h", "a"))
print(len({id(c) for c in "aaaa"}), s[0:1] == "h", s[6] is chr(233))
print(s.upper()[0], s.split()[1], list("é!"), repr(s[6]), ord(s[6]))

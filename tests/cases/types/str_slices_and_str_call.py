# Stepped str slices (ASCII and not) and str(x) with one argument (the direct path) and with more.
s = "abcdefghij"
print(s[::-1], s[::2], s[1::3], s[8:2:-2], s[::-3], repr(s[5:5:-1]), s[-1:-11:-1])
u = "añbécdïe€f😀"
print(u[::-1], u[::2], u[1::3], u[8:2:-2], u[::-3], len(u[::-1]))
print(s[::-1] == "jihgfedcba", u[::-1][::-1] == u)

class S(str):
    pass

class W:
    def __str__(self):
        return "W!"

class Bad:
    def __str__(self):
        return 42

for x in (12345, -7, 2 ** 70, 1.5, None, (1, "a"), S("sub"), W(), "plain", b"raw"):
    r = str(x)
    print(type(r).__name__, r)
print(type(str(S("x"))) is str, str(), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", errors="strict"))
print(str(object="kw"))
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(S(5), type(S(5)).__name__)

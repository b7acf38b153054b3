# fnmatch: patterns used many times (long filter() lists), str and bytes, then wrong-type names.
import fnmatch

state = 555
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

palph = "ab*?[]!-^\\c.\n"
nalph = "abc-]![^.\n\\"
for i in range(300):
    p = "".join(palph[rnd(len(palph))] for _ in range(rnd(9)))
    names = ["".join(nalph[rnd(len(nalph))] for _ in range(rnd(6))) for _ in range(60)]
    got = fnmatch.filter(names, p)
    gotb = fnmatch.filter([n.encode() for n in names], p.encode())
    print(repr(p), len(got), got[:6], [n.decode() for n in gotb] == got, fnmatch.fnmatchcase(names[0], p))
for p in ["a*", b"a*"]:
    for _ in range(50):
        fnmatch.fnmatchcase("abc" if isinstance(p, str) else b"abc", p)
    for bad in [1, None, "abc", b"abc", bytearray(b"ab"), memoryview(b"ab")]:
        try:
            print(fnmatch.fnmatchcase(bad, p))
        except TypeError as e:
            print("TypeError", e)
print(fnmatch.fnmatchcase("ab", ("a", "*")), [fnmatch.fnmatchcase("ab", ("a", "*")) for _ in range(60)].count(True))

# `s += t` may append in place when nothing else sees `s`; every other reference must keep
# its old value (an in-place append on a shared str would corrupt it).
def build():
    s = ""
    for i in range(10):
        s += str(i)
    t = s
    s += "x"
    print(s, t, s is t)
    u = "ab"
    v = u + "c"
    u += "d"
    print(u, v)
    parts = [s]
    s += "!"
    print(parts, s)
    d = {s: 1}
    s += "?"
    print(d, s, hash(s) == hash(s[:]), len(s))

    def g():
        nonlocal s
        s += "é"
        return s

    print(g(), len(g()), s.upper())
    w = "k"
    for _ in range(3):
        w = w + w
    print(w, len(w))


build()
acc = ""
for ch in "module":
    acc += ch
print(acc)

# sys.getsizeof of dicts: CPython 3.11 keys-table sizes (8-slot minimum, growth to a power of two
# at least three times the items, 16-byte entries while every key is an exact str) for
# insertion, displays, copies, merges, fromkeys and after deletions.
import sys
g = sys.getsizeof
# insertion
for kind in ("int", "str"):
    d = {}
    out = []
    for i in range(100):
        d[i if kind == "int" else "k%d" % i] = i
        out.append(g(d))
    print(kind, out)
# literal
print([g(eval("{" + ",".join("%d:%d" % (i, i) for i in range(n)) + "}")) for n in range(25)])
print([g(eval("{" + ",".join("'k%d':%d" % (i, i) for i in range(n)) + "}")) for n in range(25)])
x = 1
print([g(eval("{" + ",".join("x+%d:%d" % (i, i) for i in range(n)) + "}")) for n in range(25)])
print("comp", [g({i: i for i in range(n)}) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("dict(pairs)", [g(dict([(i, i) for i in range(n)])) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("dict(zip)", [g(dict(zip(range(n), range(n)))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("fromkeys range", [g(dict.fromkeys(range(n))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("fromkeys set", [g(dict.fromkeys(set(range(n)))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("fromkeys dict", [g(dict.fromkeys(dict.fromkeys(range(n)))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("fromkeys strs", [g(dict.fromkeys(["k%d" % i for i in range(n)])) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
def ins(n):
    d = {}
    for i in range(n): d[i] = i
    return d
print("copy", [g(ins(n).copy()) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("dict(d)", [g(dict(ins(n))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("{**d}", [g({**ins(n)}) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])

def upd(n):
    d = {}; d.update(ins(n)); return d
def upd2(n):
    d = {-1: 0}; d.update(ins(n)); return d
print("update", [g(upd(n)) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("update2", [g(upd2(n)) for n in [0, 1, 5, 6, 10, 11, 21, 22, 100]])
print("kw", g(dict(a=1)), g(dict(a=1, b=2, c=3, d=4, e=5, f=6)), g(dict({1: 2}, a=1)))
def kw(**k): return k
print("kwf", g(kw()), g(kw(a=1)), g(kw(a=1, b=2, c=3, d=4, e=5, f=6)))
print("or", g(ins(3) | ins(4)), g(ins(10) | {100: 1}))
# deletes
d = ins(100); print("100", g(d))
for i in range(90): del d[i]
print("del90", g(d))
for i in range(200, 300):
    d[i] = i
    if i % 10 == 0: print(g(d), end=" ")
print()
d = ins(10)
for i in range(9): d.popitem()
print("popitem", g(d))
for i in range(20):
    d[100 + i] = 1
    print(g(d), end=" ")
print()
d = ins(10); d.clear(); print("clear", g(d)); d[1] = 1; print(g(d))
d = ins(3); del d[0]; del d[1]; del d[2]; print("empty after del", g(d))
# alternating insert/delete
d = {}
for i in range(50):
    d[i] = i; del d[i]
print("alt", g(d))
d = {}
out = []
for i in range(30):
    d[i] = i
    if i % 3 == 0: del d[i]
    out.append(g(d))
print("mix", out)
# str then int key
d = {'a': 1}; d[1] = 2; print("mix1", g(d))
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}; d[1] = 2; print("mix5", g(d))
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}; d[1] = 2; print("mix4", g(d))
d = {i: 1 for i in range(4)}; d['x'] = 2; print("mix int then str", g(d))
d = {'k%d' % i: 1 for i in range(20)}; print(g(d)); d[1] = 2; print("mix20", g(d))
d = {'a': 1}; d.setdefault(2, 3); print("setdefault", g(d))
d = {'a': 1}; 
try: d[[]] = 1
except TypeError: pass
print("unhashable", g(d))
d = {'a': 1}; print(1 in d, d.get(1), g(d))
d = {'a': 1}; d.pop(1, None); print("pop missing", g(d))
d = {}; d.pop(1, None); d.get(2); 1 in d; print("empty lookups", g(d))
class K(str): pass
d = {'a': 1}; d[K('b')] = 1; print("strsub key", g(d))
print("sizeof", {}.__sizeof__(), {1: 2}.__sizeof__(), {'a': 1}.__sizeof__())
big = dict.fromkeys(range(1000)); print(g(big), g(dict.fromkeys(range(100000))))
print("literal big", g({i: i for i in range(3)} | {}), g(eval("{" + ",".join("%d:0" % i for i in range(40)) + "}")))
d = {"a": 1}
d["a"] = 2
print("rebind", g(d))
d = dict.fromkeys("abcdefgh")
for k in "abcdefg":
    del d[k]
print("sparse", g(d), g(d.copy()), g(dict(d)), g({**d}))
d = dict.fromkeys(range(30))
for k in range(25):
    del d[k]
print("sparse int", g(d), g(d.copy()), g(dict(d)))
d = {}
d.update(a=1, b=2)
print("update kw", g(d))
d = {1: 2}
d.update(d)
print("update self", g(d))
class M:
    def keys(self):
        return ["a", "b", "c"]
    def __getitem__(self, k):
        return k
print("mapping", g(dict(M())))
class SubD(dict):
    pass
print("subclass", g(SubD()), g(SubD(a=1)), SubD({1: 2}).__sizeof__())

# WeakValueDictionary and WeakKeyDictionary: the mapping API, entries dying, iteration guards.
import copy
import gc
import weakref
from collections.abc import MutableMapping
from weaktools import mask, attempt


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"

    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


print("== WeakValueDictionary")
WVD = weakref.WeakValueDictionary
print(issubclass(WVD, MutableMapping), mask(repr(WVD())))
vals = [V(i) for i in range(5)]
d = WVD({"a": vals[0]}, b=vals[1])
d["c"] = vals[2]
d.update([("d", vals[3])], e=vals[4])
print(len(d), sorted(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(sorted(d.items()), d["a"], d.get("b"), d.get("zz", "dflt"), "c" in d, "zz" in d)
attempt("missing:", lambda: d["zz"])
print(type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key, sorted(r.key for r in d.itervaluerefs()))
print(d.pop("e"), d.pop("e", "gone"), len(d))
attempt("pop missing:", lambda: d.pop("e"))
del vals[4]
print(d.setdefault("a", "x"), d.setdefault("new", vals[3]), d["new"])
k, v = d.popitem()
print(k in ("a", "b", "c", "d", "new"), isinstance(v, V), len(d))
for key in ("a", "b"):
    if key in d:
        del d[key]
attempt("del missing:", lambda: d.__delitem__("missing"))
print(sorted(d))

# values dying
e = WVD()
x, y = V("x"), V("y")
e[1] = x
e[2] = y
e[3] = x
print(len(e), sorted(e))
del x
print(len(e), sorted(e), e.get(1), 1 in e)
attempt("dead key:", lambda: e[1])
del y
print(len(e), list(e.items()))

# replacing a value keeps the entry when the old value dies
f = WVD()
old, new = V("old"), V("new")
f["k"] = old
stale = f.valuerefs()[0]
f["k"] = new
del old
print(stale(), f["k"], len(f))

# copies
keep = [V(1), V(2)]
g = WVD(one=keep[0], two=keep[1])
c1 = g.copy()
c2 = copy.copy(g)
c3 = copy.deepcopy(g)
print(type(c1).__name__, sorted(c1.items()), sorted(c2), c3["one"] is keep[0])


class MyWVD(WVD):
    pass


m = MyWVD(a=keep[0])
print(type(m.copy()).__name__, type(copy.deepcopy(m)).__name__)

# | and |=
u = g | {"three": keep[0]}
print(type(u).__name__, sorted(u))
u2 = {"zero": keep[1]} | g
print(type(u2).__name__, sorted(u2))
g |= {"four": keep[1]}
print(sorted(g))
g |= [("five", keep[0])]
print(sorted(g))
attempt("| list:", lambda: g | [("a", keep[0])])

# iteration guard: values die during iteration
h = WVD()
objs = [V(i) for i in range(6)]
for i, o in enumerate(objs):
    h[i] = o
seen = []
for key in h:
    seen.append(key)
    if key == 1:
        del objs[2:5]  # three values die mid-iteration
print(len(seen), len(h), sorted(h))
it = iter(h.items())
next(it)
del objs[0]
print(len(h) >= 1)
del it
print(len(h), sorted(h))
attempt("changed size:", lambda: [h.__setitem__(k + 100, objs[0]) for k in h])

# non-weakrefable values
attempt("int value:", lambda: WVD().__setitem__("k", 5))

print("== WeakKeyDictionary")
WKD = weakref.WeakKeyDictionary
print(issubclass(WKD, MutableMapping), mask(repr(WKD())))
ks = [V(i) for i in range(4)]
w = WKD({ks[0]: "zero"})
w[ks[1]] = "one"
w.update({ks[2]: "two"}, **{})
w.update([(ks[3], "three")])
print(len(w), sorted(w, key=lambda k: k.n), sorted(w.values()), w[ks[0]], w.get(ks[1]), w.get(V(99), "dflt"))
print(V(2) in w, ks[3] in w, V(7) in w, 5 in w, "s" in w)
attempt("missing:", lambda: w[V(9)])
attempt("unweakrefable key:", lambda: w[5])
attempt("set int key:", lambda: w.__setitem__(5, 1))
print(len(w.keyrefs()), type(w.keyrefs()[0]).__name__)
print(w.pop(ks[3]), w.pop(V(3), "gone"), len(w))
attempt("pop missing:", lambda: w.pop(V(3)))
print(w.setdefault(ks[0], "x"), w.setdefault(ks[3], "again"), len(w))
kk, vv = w.popitem()
print(isinstance(kk, V), vv in ("zero", "one", "two", "again"), len(w))
if ks[1] in w:
    del w[ks[1]]
print(len(w), sorted(w.items(), key=lambda kv: kv[0].n))

# keys dying
z = WKD()
a1, a2 = V("a1"), V("a2")
z[a1] = 1
z[a2] = 2
del a1
print(len(z), list(z.values()))
del a2
print(len(z), list(z.items()))

# keys equal by value share an entry
p, q = V(10), V(10)
z[p] = "p"
z[q] = "q"
print(len(z), z[p], list(z.keys())[0] is p)
del p
print(len(z))

# copies, | and |=
keys = [V(1), V(2)]
y1 = WKD({keys[0]: [1], keys[1]: [2]})
cy = y1.copy()
dy = copy.deepcopy(y1)
print(type(cy).__name__, len(cy), cy[keys[0]] is y1[keys[0]], dy[keys[0]] == [1], dy[keys[0]] is not y1[keys[0]])
print(len(y1 | {V(9): 0}), type({keys[0]: 5} | y1).__name__, ({keys[0]: 5} | y1)[keys[0]])
y1 |= {keys[0]: "new"}
print(y1[keys[0]])
attempt("| list:", lambda: y1 | [])

# iteration guard for keys
many = [V(i) for i in range(6)]
kd = WKD((o, o.n) for o in many)
count = 0
for k in kd:
    count += 1
    if count == 2:
        del many[3:]
print(count >= 2, len(kd), sorted(kd.values()))

# cycles: a value that is only part of a cycle goes at collection
class Node:
    pass


cyc = WVD()
n1 = Node()
n1.self = n1
cyc["n"] = n1
del n1
gc.collect()
print(len(cyc), list(cyc))

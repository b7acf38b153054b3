# weakref.WeakSet (_weakrefset.WeakSet): the set API, operators, elements dying, iteration.
import copy
import gc
import weakref
import _weakrefset
from collections.abc import MutableSet, Set
from weaktools import mask, attempt


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"E({self.n})"

    def __lt__(self, other):
        return self.n < other.n


def show(s):
    return sorted(s)


WS = weakref.WeakSet
print(WS is _weakrefset.WeakSet, WS.__module__, issubclass(WS, MutableSet), isinstance(WS(), Set))
print(WS[int], repr(WS()), mask(repr(WS([E.__init__]))))
items = [E(i) for i in range(6)]
s = WS(items[:3])
print(len(s), show(s), items[0] in s, items[4] in s, 5 in s, "x" in s, [] in s)
s.add(items[3])
s.add(items[3])
print(len(s), show(s))
s.discard(items[3])
s.discard(items[5])
print(show(s))
s.remove(items[2])
attempt("remove missing:", lambda: s.remove(items[2]))
attempt("remove int:", lambda: s.remove(1))
attempt("add int:", lambda: s.add(1))
print(show(s))
s.update(items[4:])
print(show(s))
p = s.pop()
print(p in items, p not in s, len(s))
c = s.copy()
print(type(c).__name__, show(c) == show(s), c is not s)
s.clear()
print(len(s), list(s))
attempt("pop empty:", lambda: s.pop())

a = WS(items[0:4])
b = WS(items[2:6])
print("union", show(a | b), show(a.union(items[5:])))
print("inter", show(a & b), show(a.intersection(items[3:])))
print("diff", show(a - b), show(a.difference(items[:1])))
print("symdiff", show(a ^ b), show(a.symmetric_difference(items[1:5])))
print("types", type(a | b).__name__, type(a - b).__name__)
print(a.issubset(items), a <= WS(items), a < WS(items), a < a, a <= a)
print(a.issuperset(items[:2]), a >= WS(items[:2]), a > WS(items[:2]), a > a)
print(a == WS(items[0:4]), a == b, a != b, a == set(items[0:4]), a != set(items[0:4]))
print(a.isdisjoint(b), a.isdisjoint(items[4:]))
attempt("hash:", lambda: hash(a))
attempt("| list:", lambda: show(a | [items[5]]))
attempt("< list:", lambda: a < items)

m = WS(items[:4])
m |= WS(items[4:5])
print(show(m))
m -= WS(items[:1])
print(show(m))
m &= WS(items[1:4])
print(show(m))
m ^= WS(items[2:6])
print(show(m))
m.difference_update(items[4:5])
m.intersection_update(items)
m.symmetric_difference_update(items[0:2])
print(show(m))
m -= m
print(len(m))
n = WS(items[:2])
n ^= n
print(len(n))

# elements dying
d = WS()
x, y, z = E("x"), E("y"), E("z")
d.update([x, y, z])
del x
print(len(d), sorted(o.n for o in d))
del y, z
print(len(d), list(d))

# iteration while elements die
objs = [E(i) for i in range(8)]
g = WS(objs)
seen = 0
for o in g:
    seen += 1
    if seen == 2:
        del objs[4:]
del o
print(seen >= 2, len(g))
it = iter(g)
next(it)
del objs[:]  # all die but the element the suspended iterator holds
print(len(g))
del it
print(len(g), show(g))
objs = [E(0)]
g.add(objs[0])
attempt("changed size:", lambda: [g.add(E(99)) for _ in g])

# copy and pickling support
h = WS(objs)
h2 = copy.copy(h)
print(type(h2).__name__, len(h2))
cls, args, state = h.__reduce__()
print(cls.__name__, sorted(args[0]), type(state).__name__)

# collector: an element kept only by a cycle
class Node:
    pass


cy = WS()
nd = Node()
nd.me = nd
cy.add(nd)
del nd
gc.collect()
print(len(cy))

# weakref module basics: re-exports, ref semantics, counts and lists, KeyedRef, __all__.
import gc
import weakref
import _weakref
from weaktools import mask


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


print(weakref.ref is _weakref.ref, weakref.ReferenceType is weakref.ref)
print(weakref.getweakrefcount is _weakref.getweakrefcount)
print(sorted(weakref.__all__))
print(weakref.KeyedRef.__mro__[1] is weakref.ref, weakref.ProxyTypes)

o = Obj("a")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("shared basic ref:", r1 is r2, weakref.getweakrefcount(o))
events = []
r3 = weakref.ref(o, lambda r: events.append(("r3", r is r3)))
print("callback ref is new:", r3 is not r1, r3 == r1, hash(r3) == hash(r1))
print(weakref.getweakrefcount(o), [r is r1 or r is r3 for r in weakref.getweakrefs(o)])
print(r3.__callback__ is not None, r1.__callback__)
print(mask(repr(r1)))

p = weakref.proxy(o)
print("with proxy:", weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print([type(x).__name__ for x in refs])
print(any(x is p for x in refs))

del o
print(r1(), r3(), events, mask(repr(r1)))
print(weakref.getweakrefcount(r1), weakref.getweakrefs(42))


class Sub(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


t = Obj("t")
s = Sub(t, None, tag="x")
print(type(s).__name__, s.tag, s() is t, s is not weakref.ref(t))
print(isinstance(s, weakref.ref), weakref.getweakrefcount(t))

kr_events = []
k = Obj("k")
kr = weakref.KeyedRef(k, lambda r: kr_events.append(r.key), "the-key")
print(kr.key, kr() is k, type(kr).__name__)
del k
print(kr_events, kr())
try:
    weakref.KeyedRef(Obj("x"), None)
except TypeError as e:
    print(type(e).__name__)

for bad in (1, "s", (1, 2), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# Cycles are only reclaimed by the collector.
a, b = Obj("a"), Obj("b")
a.peer, b.peer = b, a
got = []
wa = weakref.ref(a, lambda r: got.append("a died"))
del a, b
print(wa() is not None)
gc.collect()
print(wa(), got)

# ref equality and hashing
x, y = Obj("x"), Obj("y")
print(weakref.ref(x) == weakref.ref(x), weakref.ref(x) != weakref.ref(y))
d = {weakref.ref(x): 1}
print(d[weakref.ref(x)])
print(weakref.ref[int])

# references are atomic for copy and deepcopy
import copy

rx = weakref.ref(x)
print(copy.copy(rx) is rx, copy.deepcopy([rx])[0] is rx, copy.deepcopy({"k": rx})["k"] is rx)

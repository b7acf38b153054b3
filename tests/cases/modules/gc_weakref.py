# gc and weakref basics: collect cycles, thresholds, weak references, callbacks, WeakValueDictionary, finalize.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f"Node({self.name})"


print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()))
gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
wa = weakref.ref(a)
del a, b
print(wa() is not None)
found = gc.collect()
print(found >= 2, wa())
gc.disable()
print(gc.isenabled())
gc.enable()
obj = Node("target")
events = []
r = weakref.ref(obj, lambda ref: events.append("callback ran"))
print(r() is obj, type(r).__name__, weakref.getweakrefcount(obj))
del obj
print(r(), events)
cache = weakref.WeakValueDictionary()
x = Node("x")
cache["x"] = x
print(len(cache), cache["x"])
del x
print(len(cache), "x" in cache)
wk = weakref.WeakKeyDictionary()
k = Node("key")
wk[k] = "value"
print(len(wk))
del k
print(len(wk))
f = Node("fin")
fin = weakref.finalize(f, print, "finalizer for fin")
print(fin.alive)
del f
print(fin.alive)
p = Node("proxied")
px = weakref.proxy(p)
print(px.name, repr(px)[:20] != "", px.__repr__())
del p
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
print(gc.is_tracked([]), gc.is_tracked(5), gc.is_tracked("s"))

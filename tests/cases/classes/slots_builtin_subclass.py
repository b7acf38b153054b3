# __slots__ on subclasses of builtin types (dict, list, int-free ones): storage beside the
# builtin's own data, with and without an instance __dict__, inheritance, gc and deletion.
import gc
import weakref


class D(dict):
    __slots__ = ("a", "b")


d = D(x=1)
d.a = 5
print(d, d.a, dict(d), len(d))
try:
    d.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.c = 1
except AttributeError as e:
    print("AttributeError:", e)
del d.a
try:
    del d.a
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "__dict__"))


class E(D):
    pass


e = E()
e.a = 1
e.extra = 2
print(e.a, e.__dict__, vars(e))
e.__dict__ = {"z": 3}
print(e.a, e.z, e.__dict__)


class L(list):
    __slots__ = ("tag",)


l = L([1, 2])
l.tag = l
l.append(3)
print(l.tag is l, l)
r = weakref.ref(E())
del l
print(gc.collect() >= 1, r() is None)


class WithDict(list):
    __slots__ = ("v", "__dict__")


w = WithDict()
w.v = 1
w.k = 2
print(w.v, w.__dict__)
import collections
od = collections.OrderedDict(a=1, b=2)
od["c"] = 3
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))

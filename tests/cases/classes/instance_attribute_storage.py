# Instance attributes of plain classes: what a program can see of where they are stored
# (values inline until a dict is needed, CPython 3.11's inline values): insertion order in
# vars(), more attributes than fit inline, deletion and re-insertion, __dict__ identity and
# replacement, __class__ assignment, copies, gc.get_referents before and after __dict__ is
# asked for, cycles through attributes, names that are not interned.
import copy
import gc
import weakref


class A:
    pass


a = A()
a.x = [1]
a.y = "s"
print(gc.get_referents(a) == [a.x, a.y, A])
print(a.x, a.y, hasattr(a, "z"))
d = a.__dict__
print(gc.get_referents(a) == [d, A], d is a.__dict__, d)
a.z = 3
print(d, vars(a) is d)

# Insertion order is per instance, even when another instance set the names the other way.
b = A()
b.y = 1
b.x = 2
print(vars(b))
c = A()
c.x = 1
c.y = 2
del c.x
c.x = 3
print(vars(c))

# More attributes than an instance keeps inline; later instances of the class too.
for n in range(3):
    e = A()
    for i, name in enumerate("abcdefg"):
        setattr(e, name, i * n)
    print(vars(e), e.g)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


pts = [Point(i, -i) for i in range(5)]
print([p.norm1() for p in pts], pts[2].__dict__)

# Replacing the dict drops the old attributes.
pts[0].__dict__ = {"q": 1}
print(pts[0].q, hasattr(pts[0], "x"), vars(pts[0]))
try:
    pts[0].__dict__ = [1]
except TypeError as ex:
    print("TypeError:", ex)

# Copies, and __class__ assignment keep the attributes.
cp = copy.copy(pts[1])
print(type(cp).__name__, vars(cp), cp.norm1())
dc = copy.deepcopy(pts[3])
print(vars(dc))


class Other:
    def total(self):
        return self.x + self.y


pts[4].__class__ = Other
print(vars(pts[4]), pts[4].total())

# Deleting: present, absent, and after deletion.
try:
    del pts[2].nope
except AttributeError as ex:
    print("AttributeError:", ex)
del pts[2].x
try:
    pts[2].x
except AttributeError as ex:
    print("AttributeError:", ex)
print(vars(pts[2]), dir(pts[2])[-2:])

# Names built at run time (not interned) find the same attributes.
name = "".join(["dyn", "amic"])
setattr(pts[2], name, 5)
print(pts[2].dynamic, getattr(pts[2], "dyn" + "amic"), "dynamic" in vars(pts[2]))
pts[3].__dict__["extra"] = 7
print(pts[3].extra, vars(pts[3]))


# An instance attribute shadows a method; a data descriptor shadows the instance.
class Shadow:
    def m(self):
        return "method"

    @property
    def p(self):
        return "property"


s = Shadow()
print(s.m())
s.m = lambda: "instance"
print(s.m())
s.__dict__["p"] = "instance"
print(s.p, vars(s)["p"])


# Cycles through inline attributes are collected; finalizers see their attributes.
class Fin:
    def __del__(self):
        print("del", self.tag)


gc.collect()
f = Fin()
f.tag = "f"
f.me = f
g = Fin()
g.tag = "g"
g.peer = f
f.peer = g
del f, g
print("collected", gc.collect())

w = A()
w.v = 1
r = weakref.ref(w)
print(r() is w, r().v)
del w
print(r())

# Deleting __dict__ drops every attribute; functions refuse it.
h = Point(1, 2)
del h.__dict__
print(hasattr(h, "x"), vars(h))
h.z = 1
print(vars(h))


def fn():
    pass


try:
    del fn.__dict__
except TypeError as ex:
    print("TypeError:", ex)


# A class with more attributes than fit in the object: once the class knows the names,
# instances hold them in a slot array of their own.
class Six:
    def __init__(self, i):
        self.a = i
        self.b = [i]
        self.c = i + 1
        self.d = i + 2
        self.e = i + 3
        self.f = i + 4


sixes = [Six(i) for i in range(4)]
print([vars(s) for s in sixes[:2]])
print(gc.get_referents(sixes[3]) == [3, [3], 4, 5, 6, 7, Six])
del sixes[2].c
sixes[2].g = "new"
print(vars(sixes[2]), sixes[2].f, hasattr(sixes[2], "c"))
d3 = sixes[3].__dict__
print(gc.get_referents(sixes[3]) == [d3, Six], d3)
print(sum(s.a + s.c for s in Six.__dict__ and [Six(i) for i in range(100)]))

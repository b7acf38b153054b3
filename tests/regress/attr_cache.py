# LOAD_ATTR / LOAD_METHOD inline caches: every way the cached answer can go stale.


class Plain:
    kind = "class-attr"

    def method(self):
        return "method"


def read(o):
    return o.kind, o.method()


p = Plain()
for _ in range(3):
    print(read(p))
p.kind = "instance-attr"
print(read(p))
p.method = lambda: "shadowing instance attr"
print(read(p))
del p.kind, p.method
print(read(p))

# The class changes under a warm cache.
Plain.kind = "rebound"
print(read(p))
Plain.method = lambda self: "replaced method"
print(read(p))
del Plain.kind
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)


# A property that raises AttributeError hands the name to __getattr__ (slot_tp_getattr_hook).
class Hooked:
    @property
    def p(self):
        raise AttributeError("from the getter")

    def __getattr__(self, name):
        return "hook:" + name


h = Hooked()
for _ in range(2):
    print(h.p, h.missing)


# A data descriptor defined in Python wins over the instance dict; a non-data one loses.
class Data:
    def __get__(self, obj, owner):
        return "data-get"

    def __set__(self, obj, value):
        obj.__dict__["d"] = value


class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"


class Holder:
    d = Data()
    n = NonData()


o = Holder()
for _ in range(2):
    print(o.d, o.n)
o.d = 1
o.__dict__["n"] = "shadow"
for _ in range(2):
    print(o.d, o.n, o.__dict__)


# The same site sees objects of different classes, and an object changes class.
class A:
    x = "A.x"

    def who(self):
        return "A"


class B:
    x = "B.x"

    def who(self):
        return "B"


def site(o):
    return o.x, o.who()


objs = [A(), B(), A(), B()]
for o in objs:
    print(site(o))
objs[0].__class__ = B
print(site(objs[0]))


# Instances whose dicts hold the name at different positions (the entry hint).
class Point:
    pass


pts = []
for i in range(4):
    q = Point()
    if i % 2:
        q.pad = i
    q.y = i * 10
    pts.append(q)
print([q.y for q in pts])


# __getattribute__ added to a class after its instances were read through the cache.
class Late:
    v = 1


late = Late()
print(late.v)
Late.__getattribute__ = lambda self, name: "intercepted " + name
print(late.v)


# Slots and builtin methods.
class Slotted:
    __slots__ = ("a",)

    def get(self):
        return self.a


s = Slotted()
try:
    s.get()
except AttributeError as e:
    print("AttributeError:", e)
s.a = 5
print(s.get(), s.get())
items = []
for i in range(3):
    items.append(i)
print(items, "abc".upper(), [].copy.__name__)


# STORE_ATTR: __setattr__ overrides (also added later), properties, slots beside a __dict__.
class S:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)
s = S()
for i in range(3):
    s.a = i
    print(s.a)
class T:
    pass
t = T()
for i in range(3):
    t.a = i
    print(t.a)
T.__setattr__ = lambda self, n, v: object.__setattr__(self, n, -v)
t.a = 5
print(t.a)
class P:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x + 100
p = P()
for i in range(2):
    p.v = i
    print(p.v)
class Sl:
    __slots__ = ("a", "__dict__")
q = Sl()
for i in range(2):
    q.a = i; q.b = i + 1
    print(q.a, q.b)


# One site, more receiver classes than the cache has ways; instance dicts of different shapes.
class Base:
    def tag(self):
        return self.name


kinds = [type(f"K{i}", (Base,), {"extra": i}) for i in range(6)]
objs = []
for i, k in enumerate(kinds):
    o = k()
    for j in range(i):
        setattr(o, f"pad{j}", j)
    o.name = k.__name__
    objs.append(o)
for _ in range(3):
    print([o.tag() for o in objs], [o.extra for o in objs])

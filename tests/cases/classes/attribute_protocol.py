# The attribute protocol: object.__getattribute__'s order (data descriptor on the type, then
# the instance dict, then non-data descriptors and class attributes), __getattr__ only after
# AttributeError, __setattr__/__delattr__ hooks, __dir__, dir() sorted, vars() errors.
log = []


class Loud:
    def __get__(self, obj, owner=None):
        log.append("Loud.get")
        return "descriptor"

    def __set__(self, obj, value):
        log.append("Loud.set")


class Node:
    loud = Loud()
    cls_attr = "class"

    def __init__(self):
        object.__setattr__(self, "real", 1)

    def __getattribute__(self, name):
        log.append("getattribute " + name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        log.append("getattr " + name)
        if name == "virtual":
            return 42
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

    def __setattr__(self, name, value):
        log.append("setattr " + name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        log.append("delattr " + name)
        super().__delattr__(name)


n = Node()
print(n.real, n.loud, n.cls_attr, n.virtual)
n.loud = 5
n.extra = 6
del n.extra
try:
    n.missing
except AttributeError as e:
    print("AttributeError:", e)
print(log)


class Raising:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError("not an AttributeError")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


r = Raising()
print(r.anything)
try:
    r.boom
except KeyError as e:
    print("KeyError:", e)
print(getattr(r, "x", "default"), hasattr(r, "y"))


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr got " + name


print(Prop().broken)


class Dir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


print(dir(Dir()))


class Plain:
    b = 1

    def a(self):
        pass


p = Plain()
p.z = 1
print([n for n in dir(p) if not n.startswith("__")], vars(p))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(Plain.__dict__).__name__, sorted(k for k in vars(Plain) if not k.startswith("__")))
print(dir(int) == sorted(dir(int)), "__add__" in dir(1), "real" in dir(1))


class WithSlots:
    __slots__ = ("q",)


print([n for n in dir(WithSlots()) if n in ("q", "__slots__", "__dict__")])

# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, getattr/setattr/hasattr/delattr.
class Dynamic:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        if name.startswith("magic_"):
            return name[6:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


d = Dynamic()
print(d.real, d.magic_word, getattr(d, "magic_x"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print(e)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


lg = Logged()
lg.a = 1
lg.a
del lg.a
print(lg.log)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")


try:
    Frozen().x = 1
except AttributeError as e:
    print(e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, len(p._target))


class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError(name)

    def __getattr__(self, name):
        return f"fallback {name}"


print(GetattributeRaises().anything)


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))


class Plain:
    cls_attr = 1


pl = Plain()
setattr(pl, "x", 10)
print(pl.x, vars(pl), getattr(pl, "cls_attr"))
delattr(pl, "x")
print(vars(pl), hasattr(pl, "x"))
try:
    getattr(pl, 5)
except TypeError as e:
    print(e)
try:
    pl.missing
except AttributeError as e:
    print(e, "|", e.name, e.obj is pl)
try:
    Plain.missing
except AttributeError as e:
    print(e)
try:
    (5).missing
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
setattr(pl, "with space", 1)
print(getattr(pl, "with space"))
import math
try:
    math.nope
except AttributeError as e:
    print(e)

# Class attributes shared by instances, shadowing by instance attributes, mutable class attribute pitfall, __dict__, __class__.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, t):
        self.tricks.append(t)


d1, d2 = Dog("rex"), Dog("fido")
d1.add_trick("roll")
d2.add_trick("sit")
print(d1.tricks is d2.tricks, Dog.tricks)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
Dog.species = "changed"
print(d2.species)
print(sorted(vars(d1)), d1.__class__.__name__, d1.__class__ is Dog, type(d1) is Dog)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(type(Dog.__dict__).__name__)
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print(e)
d1.__class__ = type("Cat", (), {"__init__": lambda self: None})
print(type(d1).__name__, d1.name)


class Empty:
    pass


e = Empty()
e.__dict__["direct"] = 1
print(e.direct)
e.__dict__ = {"replaced": True}
print(e.replaced, vars(e))
print(Empty.__doc__, Empty.__bases__, Empty.__dict__.get("__weakref__") is not None)


class Cfg:
    DEBUG = False
    LEVEL = DEBUG and 1 or 2
    NAMES = [n for n in ("a", "b")]


print(Cfg.LEVEL, Cfg.NAMES)
setattr(Dog, "legs", 4)
print(d2.legs, getattr(Dog, "legs"))

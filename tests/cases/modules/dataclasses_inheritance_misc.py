# dataclasses: slots class with __init_subclass__ kwargs and __class__ cell, frozen+slots setattr, annotations of __init__, non-dataclass middle bases, InitVar defaults.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar
import dataclasses, copy

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

@dataclass(slots=True)
class S(Base, flag=1):
    a: int = 0
    def method(self):
        return __class__
print(S().method() is S, S.__mro__)

@dataclass(frozen=True, slots=True)
class FS:
    a: int
try:
    FS(1).b = 2
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class C:
    x: int
    y: "int" = 2
print(C.__init__.__annotations__, C.__eq__.__code__.co_varnames, C.__repr__.__wrapped__.__qualname__)
print(C(1).__eq__(C(1)), C(1) == C(1.0), C(1) != C(2), C(1).__ne__(C(1)))
# Generic dataclass / GenericAlias
print(dataclasses.is_dataclass(list[int]), dataclasses.is_dataclass(C), dataclasses.is_dataclass(C(1)))

@dataclass
class Ctr:
    n: int = 0
    def __post_init__(self):
        type(self).made = getattr(type(self), "made", 0) + 1
Ctr(); Ctr()
print(Ctr.made)

@dataclass(repr=False, eq=False)
class Q:
    a: int
print(Q.__repr__ is object.__repr__, Q.__eq__ is object.__eq__, "__hash__" in Q.__dict__)

# Inheritance: field overridden with a different default and non-dataclass middle
@dataclass
class A1:
    x: int = 1
    y: list = field(default_factory=list)
class Mid(A1):
    z: int = 5
@dataclass
class A3(Mid):
    w: int = 3
print(A3(), A3.__doc__, [f.name for f in fields(A3)])

# asdict with a dataclass field holding a class (not instance)
@dataclass
class H:
    kind: type = C
print(asdict(H()), astuple(H()))

# field in repr=False and compare with hash=None
@dataclass(unsafe_hash=True)
class U:
    a: int = field(hash=False)
    b: int = field(compare=False, hash=None)
print(hash(U(1, 2)) == hash(()), U(1, 2) == U(1, 3))

# __post_init__ with initvar defaults and replace on InitVar default
@dataclass
class IV:
    a: int
    b: InitVar[int] = 10
    def __post_init__(self, b):
        self.c = self.a + b
iv = IV(1)
print(iv.c, replace(iv, a=5).c, IV.b)
# Field object on class after processing
print(type(C.__dict__.get('y')), C.y)
print(repr(fields(C)[0].type), fields(C)[1].type)
print(dataclasses.field.__doc__.splitlines()[0])
# make_dataclass with a namespace containing __post_init__
M = make_dataclass("M", [("a", int)], namespace={"__post_init__": lambda self: print("post", self.a)})
M(3)
print(copy.copy(M(4)))

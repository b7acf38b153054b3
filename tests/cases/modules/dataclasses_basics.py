# dataclasses: generated __init__/__repr__/__eq__, their names and signatures, __doc__, fields().
from dataclasses import dataclass, field, fields, is_dataclass, MISSING, Field
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__)
print(Point.__init__.__name__, Point.__init__.__qualname__)
print(Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__init__.__defaults__, Point.__init__.__kwdefaults__)
print(Point.__init__.__code__.co_varnames[:3])
print(Point.__repr__.__wrapped__.__name__)
print(Point.__match_args__)
print(Point.__dataclass_params__)
print(sorted(Point.__dataclass_fields__))
print(Point.__hash__)
print(Point.__module__, type(p).__qualname__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
print(dataclasses.__all__)
print(repr(dataclasses.KW_ONLY).split(' object')[0], repr(MISSING).split(' object')[0])


class Outer:
    @dataclass
    class Inner:
        a: str = "s"


print(Outer.Inner(), Outer.Inner.__init__.__qualname__, Outer.Inner.__doc__)


@dataclass
class Documented:
    """My own docstring."""
    a: int


print(Documented.__doc__, Documented(5))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class Mixed:
    name: str
    tags: list = field(default_factory=list)
    ratio: float = 1.5
    label: "str" = "x"


print(Mixed.__doc__)
print(Mixed("a"))
for f in fields(Mixed):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING or f.default_factory, f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
print(type(fields(Mixed)), isinstance(fields(Mixed)[0], Field))
print(fields(Mixed("b"))[0].name)


# Self-referencing repr is guarded.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


# A field named self.
@dataclass
class Odd:
    self: int
    other: int = 2


print(Odd(1), Odd(self=3), Odd.__init__.__code__.co_varnames[0])


# User-defined methods are kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


# Inheritance: base fields first, overrides keep their place.
@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), Derived(1, 2, 3), Derived.__doc__, [f.name for f in fields(Derived)])
print(Derived(1) == Base(1), Base(1) == Base(1))


class Plain(Base):
    extra = 7


print(Plain(4), is_dataclass(Plain), fields(Plain)[0].name)


# Class attribute defaults stay on the class.
print(Point.y, hasattr(Point, "x"), Mixed.ratio, hasattr(Mixed, "tags"))


# Annotations using module-qualified types and generics.
import collections


@dataclass
class Anno:
    a: collections.OrderedDict = None
    b: list[int] = None
    c: "list[int]" = None
    d: dict = None


print(Anno.__doc__)


# Decorator used bare, called with no arguments, and applied to a class later.
@dataclass()
class Called:
    v: int


class Later:
    w: int = 3


Later2 = dataclass(Later)
print(Called(1), Later2 is Later, Later(), dataclass(repr=False)(type("T", (), {"__annotations__": {"q": int}}))(1).q)

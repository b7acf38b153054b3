# dataclasses and enum: generated methods, ordering, frozen, field defaults; Enum members and iteration.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0, []), asdict(p), astuple(Point(2, 3)))
print(replace(p, y=5), [f.name for f in fields(Point)])
p.tags.append("t")
print(Point(1).tags)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(WithPost(4))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(e)


class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, [p.value for p in Prio], f"{Prio.HIGH}")


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print({c: c.value for c in Color}[Color.BLUE])


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"

    def describe(self):
        return f"I am a {self.value}"


print(Shape.SQUARE.describe(), Shape("circle"))

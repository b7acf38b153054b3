# enum mixins: int/str/float data types, IntEnum/StrEnum str() and format(), tuple values
# with __init__, custom __new__ setting _value_, mixin classes with methods, global_enum,
# _generate_next_value_ overrides, __init_subclass__, dir() of mixed enums.
import sys
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, auto, global_enum, unique


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO}", Num.ONE + Num.TWO, Num.TWO * 3)
print(Num.ONE == 1, Num.ONE < Num.TWO, Num(2), isinstance(Num.ONE, int), hash(Num.ONE) == hash("ONE"))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(repr(Level.LOW), str(Level.LOW), format(Level.LOW), f"{Level.HIGH:03d}", "%s %d" % (Level.LOW, Level.HIGH))
print(Level.LOW < Level.HIGH, Level(3), Level.HIGH - 1, max(Level), hash(Level.LOW) == hash(1), Level.LOW == 1)
print(Level.__str__ is int.__repr__, Level.__format__ is int.__format__, Level.__repr__ is Enum.__repr__)


class Tone(StrEnum):
    LOW = "low"
    HIGH = auto()


print(repr(Tone.LOW), str(Tone.HIGH), format(Tone.LOW, ">5"), Tone.LOW + "!", Tone.HIGH.upper(), Tone("high"))
print(Tone.LOW == "low", isinstance(Tone.LOW, str), len(Tone.HIGH), Tone.LOW.value, "-".join(Tone))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)


class Half(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(repr(Half.HALF), str(Half.QUARTER), Half.HALF * 2, format(Half.HALF), Half(0.25))


class FloatRepr(float, ReprEnum):
    PI = 3.5


print(repr(FloatRepr.PI), str(FloatRepr.PI), format(FloatRepr.PI, ".2f"), f"{FloatRepr.PI}")


class Words(str, Enum):
    A = "alpha"
    B = "beta"


print(repr(Words.A), str(Words.A), format(Words.A), f"{Words.B}", Words.A.upper(), Words("beta"))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_ish(self):
        return round(self.mass / self.radius ** 3, 1)


print(Planet.EARTH.value, Planet.MARS.mass, Planet.MARS.radius, Planet.EARTH.density_ish, Planet((6.42e23, 3.39e6)))
print(dir(Planet.EARTH))


class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value * 10)
        obj._value_ = value
        obj.label = label
        return obj

    X = (1, "ex")
    Y = (2, "why")


print(repr(Coord.X), Coord(2), Coord.Y.label, int(Coord.X), Coord.__new_member__ is not None)


class Numbered(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, description):
        self.description = description

    FIRST = "the first"
    SECOND = "the second"


print(list(Numbered), Numbered.SECOND.description, Numbered(1))


class Pair(tuple, Enum):
    A = (1, 2)
    B = (3, 4)


print(repr(Pair.A), Pair.B[0], Pair((3, 4)), len(Pair.A))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Lower))


class Describe:
    def describe(self):
        return "%s=%r" % (self.name, self.value)


class Mixed(Describe, Enum):
    A = 1
    B = "b"


print(Mixed.A.describe(), Mixed.B.describe(), Mixed._member_type_)


registry = []


class Registered(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append((cls.__name__, kw, list(cls.__members__)))


class Sub1(Registered, tag="one"):
    A = 1


print(registry)


@global_enum
class Signal(IntEnum):
    SIG_A = 1
    SIG_B = 2


print(repr(Signal.SIG_A), str(Signal.SIG_B), SIG_A is Signal.SIG_A, format(Signal.SIG_A))


@global_enum
class Mode(Enum):
    MODE_X = 1


print(repr(Mode.MODE_X), str(Mode.MODE_X), MODE_X)


@global_enum
class GFlag(IntFlag):
    GF_A = 1
    GF_B = 2


print(repr(GF_A), repr(GF_A | GF_B), repr(GFlag(0)), repr(GFlag(5)))
print(unique(Level) is Level, sys.modules[__name__].__dict__["SIG_B"])
print(dir(Level)[:6], "bit_length" in dir(Level), "LOW" in dir(Level), "__new__" in dir(Level))
print("upper" in dir(Tone.LOW), "__add__" in dir(Level.LOW))
print(Level.LOW.__reduce_ex__(2), Tone.LOW.__reduce_ex__(2), Level.LOW.real, Level.HIGH.bit_length())
print(Level._member_type_, Level._value_repr_ is int.__repr__, Tone._value_repr_ is str.__repr__)

# enum: unique, auto values, aliases, IntFlag arithmetic, StrEnum, members with methods and properties, iteration order.
from enum import Enum, IntFlag, StrEnum, auto, unique, IntEnum


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    ALIAS_MON = 1

    @property
    def is_start(self):
        return self is Weekday.MON

    @classmethod
    def first(cls):
        return next(iter(cls))


print(list(Weekday), Weekday.ALIAS_MON is Weekday.MON, Weekday(1).name, Weekday.MON.is_start, Weekday.first())
print(list(Weekday.__members__), Weekday["WED"].value, Weekday.TUE in Weekday, len(Weekday))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)


class Auto(Enum):
    ONE = auto()
    TWO = auto()


class Color(StrEnum):
    RED = auto()
    BLUE = "blue"


print([m.value for m in Auto], Color.RED, Color.RED == "red", Color.BLUE.upper(), f"{Color.BLUE}")


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rwx = Perm.R | Perm.W | Perm.X
print(rwx, int(rwx), Perm.R in rwx, rwx & ~Perm.W, Perm(6), repr(Perm(0)), list(Perm.R | Perm.X))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)


print(Planet.EARTH.gravity, Planet.MARS.value, Planet.MARS.mass)
try:
    Weekday.MON = 5
except AttributeError as e:
    print(e)
try:
    Weekday["SUN"]
except KeyError as e:
    print("KeyError", e)


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(sorted([Level.HIGH, Level.LOW]), Level.LOW + 1, Level(3).name, max(Level), isinstance(Level.LOW, int))
print(repr(Weekday.MON), str(Weekday.MON), format(Level.HIGH), hash(Weekday.MON) == hash(Weekday.MON), Weekday.MON.__class__.__name__)

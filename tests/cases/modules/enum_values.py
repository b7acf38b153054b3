# enum values and overrides: auto() in tuples, unhashable values, mixed-type bases, str/format/repr
# overrides, _numeric_repr_, composite flag aliases, __new__ with extra fields, docs and MROs.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, member, nonmember
# tuple with auto
class T(Enum):
    A = (auto(), 'a')
    B = (auto(), 'b')
print(list(T))
# empty tuple value
class E(Enum):
    X = 5
print(E.X.value)
# aliases via _value2member_map_ for unhashable
class U(Enum):
    A = [1]
    B = [2]
    C = [1]
print(list(U), U([2]), U.C is U.A, U._unhashable_values_)
try:
    U([3])
except ValueError as e:
    print(e)
# subclass an enum with methods only, then mixed type
class Base(int, Enum):
    def double(self):
        return self * 2
class Derived(Base):
    X = 3
print(Derived.X.double(), repr(Derived.X), Derived._member_type_)
# IntEnum subclass of subclass
class MyInt(IntEnum):
    def describe(self): return 'i%d' % self
class Sub(MyInt):
    A = 5
print(str(Sub.A), format(Sub.A), repr(Sub.A), Sub.A.describe())
# __str__ override kept
class Custom(Enum):
    A = 1
    def __str__(self): return 'custom-' + self.name
    def __format__(self, spec): return 'fmt-' + self.name
print(str(Custom.A), f"{Custom.A}", repr(Custom.A))
class CI(IntEnum):
    A = 1
    def __repr__(self): return 'R'
print(repr(CI.A), str(CI.A))
# _numeric_repr_
class Hex(IntFlag):
    A = 1
    _numeric_repr_ = hex
print(repr(Hex(17)))
# flag with member named in various ways / __iter__ of class with aliases
class Colors(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Colors), list(Colors.WHITE), Colors.WHITE.name, len(Colors.WHITE), repr(~Colors.WHITE), repr(Colors(0)))
print(Colors.RED | Colors.GREEN, Colors['WHITE'], Colors(7) is Colors.WHITE)
# IntFlag ops with ints
class P(IntFlag):
    R = 4
    W = 2
print(P.R | 2, type(P.R | 2).__name__, P.R + 1, type(P.R + 1).__name__, 6 & P.R, P.R == 4, P(6) == 6)
# name and value of pseudo
print(P(6).name, P(0).name, P(6).value)
# Enum with __new__ and extra args
class Coin(Enum):
    def __new__(cls, value, cents):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.cents = cents
        return obj
    PENNY = ('p', 1)
    NICKEL = ('n', 5)
print(Coin('n'), Coin.PENNY.cents, Coin.NICKEL.value)
# StrEnum auto & format
class S(StrEnum):
    AA = auto()
    BB = 'Bee'
print(S.AA, S('Bee'), S.BB + S.AA, '%s' % S.BB, '{}'.format(S.AA), repr(S.AA))
# Enum in set/dict, sorted by value
print(sorted(Coin, key=lambda c: c.cents), {Coin.PENNY, Coin.PENNY})
# bool of members with __bool__ not defined: True even for 0 value
class Z(Enum):
    ZERO = 0
print(bool(Z.ZERO))
class ZI(IntEnum):
    ZERO = 0
print(bool(ZI.ZERO))
# iteration over __members__
for name, m in Colors.__members__.items():
    print(name, m)
print(enum.unique(T) is T)
# enum with docstring
class D(Enum):
    """doc here"""
    A = 1
print(D.__doc__, D.A.__doc__)
print(IntEnum.__doc__)
print(enum.Enum.__name__, enum.Enum.__qualname__, enum.Enum.__module__, enum.auto.__module__, enum.property.__module__)
print(isinstance(Colors.RED, int), isinstance(P.R, int))
print(Colors.RED.__class__.__mro__)
print(P.__mro__)
print(enum.IntFlag.__mro__, enum.StrEnum.__mro__)

# enum edge cases: zero and multi-bit flag aliases, values converted by the data type, __eq__
# overrides, _order_ on flags, negative values, out-of-range flags, StrEnum ordering.
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class F(Flag):
    NONE = 0
    A = 1
    B = 2
    ALL = 3
print(list(F), list(F.__members__), F.NONE, bool(F.NONE), repr(F(0)), F(0) is F.NONE, repr(F.A & F.B), repr(~F.ALL), repr(~F.NONE))
class I(IntEnum):
    A = '1'
    B = 2.0
print(list(I), type(I.A.value), I('1') if False else I(1))
class Eq(Enum):
    A = 1
    B = 2
    def __eq__(self, other):
        return self.value == getattr(other, 'value', other)
print(Eq.A == 1, Eq.__hash__, Eq(2))
class O(Flag):
    _order_ = 'A B'
    A = 1
    B = 2
    AB = 3
print(list(O))
Anon = Enum('Anon', 'X Y', module=None)
print(Anon.__module__)
class Neg(IntEnum):
    MINUS = -1
    ZERO = 0
print(list(Neg), Neg(-1), repr(Neg.MINUS), -Neg.MINUS)
class Big(IntFlag):
    A = 1
    B = 2
print(repr(Big(-1)), repr(Big(-2)), repr(Big(-5)), repr(Big(100)), Big(3) == 3, Big(-1) in [3])
class FN(Flag):
    A = 1
    B = 2
print(repr(FN(-1)), repr(FN(-2)), repr(FN(-3)))
try:
    FN(-5)
except ValueError as e:
    print(e)
class Sa(StrEnum):
    A = 'a'
    B = 'b'
print(sorted([Sa.B, Sa.A]), Sa.A < Sa.B, Sa.A in Sa, 'a' == Sa.A)
try:
    print('a' in Sa)
except TypeError as e:
    print(e)
class WithInitSub(Enum):
    A = 1
    def __init_subclass__(cls, **kw):
        pass
print(dir(WithInitSub)[:4])

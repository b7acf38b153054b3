# enum helpers the standard library uses: _convert_ (module constants to members), _simple_enum,
# global_enum over an IntFlag with KEEP, as re.RegexFlag does.
import enum, sys
from enum import Enum, IntEnum, Flag, IntFlag, auto
# _convert_ like the stdlib does
mod = type(sys)('fakemod')
mod.ALPHA_ONE = 1
mod.ALPHA_TWO = 2
mod.OTHER = 3
sys.modules['fakemod'] = mod
Alpha = IntEnum._convert_('Alpha', 'fakemod', lambda n: n.startswith('ALPHA_'))
print(list(Alpha), mod.Alpha is Alpha, mod.ALPHA_ONE, repr(mod.ALPHA_TWO), Alpha.__module__, Alpha.ALPHA_ONE.__reduce_ex__(2))
@enum._simple_enum(IntEnum)
class Status:
    OK = 200
    NOT_FOUND = 404
    def phrase(self):
        return self.name.lower()
print(list(Status), Status(404).phrase(), Status.__doc__, str(Status.OK))
@enum._simple_enum(IntFlag, boundary=enum.KEEP)
class RF:
    A = 1
    B = 2
print(repr(RF(7)), RF._boundary_)
@enum.global_enum
@enum._simple_enum(IntFlag, boundary=enum.KEEP)
class RegexLike:
    NOFLAG = 0
    IGNORECASE = I = 2
    LOCALE = L = 4
print(repr(IGNORECASE), repr(IGNORECASE | LOCALE), repr(RegexLike(0)), repr(RegexLike(10)), str(RegexLike.I))
print(list(RegexLike), RegexLike.I is RegexLike.IGNORECASE)

# enum Flag and IntFlag: operators, pseudo-members, repr/str/format, iteration and len of
# values, containment, inversion, boundaries (STRICT, CONFORM, EJECT, KEEP), auto values.
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(repr(Perm.R | Perm.W), Perm.R | Perm.W, Perm.RW, repr(Perm(7)), str(Perm(7)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X), format(Perm.R | Perm.X))
print(list(Perm), len(Perm), list(Perm.__members__), Perm._member_names_)
print(list(Perm(7)), len(Perm(7)), len(Perm(0)), list(Perm(0)), len(Perm.RW))
print(Perm.R in Perm(6), Perm.X in Perm(6), Perm.RW in Perm(7), Perm(0) in Perm.X)
print(repr(~Perm.R), repr(~Perm(0)), repr(~Perm(7)), repr(~~Perm.W), ~Perm.RW is Perm.X)
print(repr(Perm.R & Perm.RW), repr(Perm.R ^ Perm.RW), repr(Perm.W & Perm.X))
print(Perm(6) is Perm.RW, Perm(3) is Perm(3), Perm._flag_mask_, Perm._all_bits_, Perm._boundary_)
print(repr(Perm), Perm(Perm.W), Perm["RW"], Perm.R.value, Perm(5).name, Perm(0).name)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError", e)
for bad in (8, "x", -1, 15):
    try:
        print(repr(Perm(bad)))
    except ValueError as e:
        print("ValueError", e)


class Open(IntFlag):
    R = 4
    W = 2
    X = 1


rwx = Open.R | Open.W | Open.X
print(rwx, repr(rwx), str(rwx), format(rwx), f"{Open.R:>4}|", int(rwx), rwx == 7, rwx + 1)
print(repr(Open(0)), repr(Open(8)), repr(Open(13)), repr(~Open.W), repr(~rwx), repr(Open(-1)))
print(repr(Open.R | 8), repr(8 | Open.R), repr(Open.R & 5), repr(Open.W ^ 7), repr(Open.R + Open.W))
print(isinstance(Open.R | 8, Open), list(Open(15)), len(Open(15)), Open.R in rwx, Open._boundary_)
print(Open.R < Open.W, sorted([Open.R, Open.X, Open.W]), hash(Open.R) == hash(4))


class Style(Flag, boundary=STRICT):
    BOLD = auto()
    ITALIC = auto()
    UNDER = auto()


print(list(Style), [s.value for s in Style], repr(Style.BOLD | Style.UNDER))
try:
    Style(9)
except ValueError as e:
    print("ValueError", e)
try:
    Style(-9)
except ValueError as e:
    print("ValueError", e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    D = 8


print(repr(Conform(7)), repr(Conform(15)), repr(Conform(4)), repr(~Conform.A))


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Eject(3)), repr(Eject(7)), type(Eject(7)).__name__, repr(~Eject.A))


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keep(7)), str(Keep(7)), repr(Keep(4)), repr(~Keep.A), repr(Keep(-1)))
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary), repr(FlagBoundary))


class Order(Flag):
    C = 4
    A = 1
    B = 2


print(repr(Order(7)), list(Order(7)), list(Order))


class Holes(Flag):
    A = 1
    C = 4
    AC = 5


print(repr(Holes(5)), repr(Holes.AC), list(Holes), repr(Holes(2)), repr(~Holes.A))


class Big(IntFlag):
    LOW = 1
    HIGH = 1 << 40


print(repr(Big.LOW | Big.HIGH), repr(Big(3)), repr(~Big.LOW))
print(enum.show_flag_values(13), enum.bin(10), enum.bin(-11), enum.bin(0), enum.bin(5, 8))


class Auto(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print([m.value for m in Auto])
print(dir(Perm.R))
print(Perm.R.__reduce_ex__(2), Perm(0).__reduce_ex__(2))
print(sorted(Perm._value2member_map_))

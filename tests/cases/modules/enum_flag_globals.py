# Flag internals and module-level helpers: reduce, invert, containment, global_enum,
# verify messages, bin/show_flag_values, the enum.property descriptor.
import enum
import operator
from enum import (Enum, Flag, IntFlag, KEEP, STRICT, auto, global_enum, verify,
                  CONTINUOUS, NAMED_FLAGS, UNIQUE)


def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


def reduced(m):
    f, args = m.__reduce_ex__(4)
    return (f is operator.or_, f is getattr, f is type(m), args)


show('reduce single', lambda: reduced(Color.RED))
show('reduce combo', lambda: reduced(Color.RED | Color.BLUE))
show('reduce three', lambda: reduced(Color.RED | Color.GREEN | Color.BLUE))
show('reduce zero', lambda: reduced(Color(0)))
show('reduce keep extra', lambda: reduced(Perm(8 | 4)))
show('invert', lambda: (~Color.RED, ~~Color.RED is Color.RED, ~Color(0)))
show('invert keep', lambda: (~Perm.R, ~Perm(0)))
show('contains', lambda: (Color.RED in Color.RED | Color.BLUE, Color.GREEN in Color.RED))
show('contains bad', lambda: 1 in Color.RED)
show('iter', lambda: (list(Color.RED | Color.BLUE), len(Color.RED | Color.BLUE),
                      type(iter(Color.RED)).__name__))
show('repr/str', lambda: (repr(Color.RED | Color.BLUE), str(Color.RED | Color.BLUE),
                          repr(Color(0)), str(Color(0)), repr(Perm(9)), str(Perm(9))))
show('ops', lambda: (Color.RED | Color.GREEN, Color.RED & Color.GREEN, Color.RED ^ Color.RED,
                     Perm.R | 1, 3 & Perm.W, Color.RED | 1))
show('strict', lambda: Strict(7))
show('bool', lambda: (bool(Color(0)), bool(Color.RED)))
show('bin', lambda: (enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0)))
show('show_flag_values', lambda: enum.show_flag_values(13))


@global_enum
class Planet(Enum):
    MERCURY = 1
    VENUS = 2


@global_enum
class Opt(Flag):
    FAST = 1
    SAFE = 2


show('global enum', lambda: (repr(Planet.MERCURY), str(VENUS), repr(MERCURY)))
show('global flag', lambda: (repr(Opt.FAST), repr(Opt.FAST | Opt.SAFE), repr(Opt(0)),
                             str(FAST | SAFE)))


@global_enum
class GPerm(IntFlag, boundary=KEEP):
    GR = 4
    GW = 2


show('global keep', lambda: (repr(GPerm.GR | 1), repr(GPerm(16))))


def named_flags():
    @verify(NAMED_FLAGS)
    class Bits(Flag):
        A = 1
        B = 2
        AB8 = 11
        C9 = 25
    return Bits


def cont_flags():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        D = 16
    return Bits


def uniq():
    @verify(UNIQUE)
    class E(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
    return E


show('verify named', named_flags)
show('verify continuous', cont_flags)
show('verify unique', uniq)
show('verify bad', lambda: verify(UNIQUE)(int))
show('unique', lambda: enum.unique(Enum('E', [('A', 1), ('B', 1)])))


class Props(Enum):
    name = 1
    value = 2
    other = 3


show('property on class', lambda: (Props.name, Props.value, Props.other.name, Props.name.value))
show('property missing', lambda: Color.name)
show('property set', lambda: setattr(Color.RED, 'name', 'x'))
show('property del', lambda: delattr(Color.RED, 'value'))
Dyn = Enum('Dyn', 'A B', module=None)
show('functional', lambda: (list(Dyn), Dyn.A.value))

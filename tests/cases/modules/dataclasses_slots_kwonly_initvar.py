# dataclasses: slots=True (a new class), weakref_slot, kw_only and KW_ONLY, InitVar with __post_init__.
import copy
import weakref
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace


@dataclass(slots=True)
class S:
    x: int
    y: int = 3
    z: list = field(default_factory=list)


s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__doc__, S.__qualname__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(S.__dict__["x"]).__name__, S.__init__.__qualname__)


@dataclass(slots=True)
class SInitFalse:
    a: int
    b: int = field(default=7, init=False)


print(SInitFalse(1), SInitFalse(1).b)


@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: str = "b"


fs = FS(1)
print(fs, fs.__getstate__(), FS.__getstate__.__name__, hash(fs) == hash((1, "b")))
fs2 = FS.__new__(FS)
fs2.__setstate__([5, "q"])
print(fs2)
print(copy.deepcopy(fs), copy.copy(fs) == fs)
try:
    fs.a = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(e)


@dataclass(slots=True)
class SBase:
    a: int


@dataclass(slots=True)
class SDerived(SBase):
    b: int


print(SDerived(1, 2), SDerived.__slots__, SBase.__slots__)


class Classic:
    __slots__ = ("c",)


@dataclass(slots=True)
class FromClassic(Classic):
    c: int
    d: int


print(FromClassic(1, 2), FromClassic.__slots__)


# kw_only as a parameter, per field, and through KW_ONLY.
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


print(K(a=1), K.__doc__, K.__match_args__)
try:
    K(1)
except TypeError as e:
    print(e)


@dataclass
class K2:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5


print(K2(1, 2), K2(1, 2, b=3), K2.__doc__, K2.__match_args__)


@dataclass
class K3:
    a: int
    _: KW_ONLY
    b: int
    c: int = 4


print(K3(1, b=2), K3.__doc__, [f.name for f in fields(K3)], K3.__match_args__)
print(K3.__init__.__kwdefaults__, K3.__init__.__code__.co_kwonlyargcount)

try:
    @dataclass
    class TwoKw:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print(e)


@dataclass
class KBase:
    x: int = 0
    _: KW_ONLY
    y: int = 1


@dataclass
class KChild(KBase):
    z: int = 9


print(KChild(5), KChild(1, 2, y=3), KChild.__doc__)


# InitVar: passed to __init__ and __post_init__, not a field.
@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, factor):
        self.scaled = self.value * factor


sc = Scaled(3)
print(sc, Scaled(3, 10), [f.name for f in fields(Scaled)], Scaled.__doc__)
print(Scaled.__dataclass_fields__["factor"]._field_type, Scaled.factor)
print(repr(InitVar[int]), repr(InitVar[list[int]]), InitVar[str].type, repr(InitVar("x")))
print(replace(sc, value=4), replace(sc, factor=5))


@dataclass
class NeedsInit:
    a: int
    secret: InitVar[str]

    def __post_init__(self, secret):
        print("post_init got", secret)


n = NeedsInit(1, "pw")
try:
    replace(n, a=2)
except ValueError as e:
    print(e)
print(replace(n, secret="new"))


@dataclass
class Post:
    a: int

    def __post_init__(self):
        print("post", self.a)


class PostChild(Post):
    pass


Post(1)
PostChild(2)


@dataclass
class StrInitVar:
    a: "InitVar[int]"
    b: int = 0

    def __post_init__(self, a):
        self.b += a


print(StrInitVar(3), fields(StrInitVar)[0].name)
try:
    @dataclass
    class BadInitVar:
        a: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)

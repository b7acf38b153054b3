# dataclasses: string annotations, generated docs, helpers (asdict/astuple/replace/make_dataclass), slots, errors.
import dataclasses, typing, collections
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, make_dataclass, asdict, astuple, replace
from typing import ClassVar, List, Optional


def attempt(label, make):
    try:
        print(label, make())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


@dataclass
class S:
    a: "ClassVar[int]" = 1
    b: " typing . ClassVar[int]" = 2
    c: "dataclasses.InitVar[int]" = 3
    d: "InitVar" = 4
    e: "collections.ClassVar" = 5
    _: "dataclasses.KW_ONLY"
    f: "List[int]" = None
    g: Optional[int] = None
    h: typing.Dict[str, typing.List[int]] = None


print([(f.name, f._field_type) for f in S.__dataclass_fields__.values()])
print(S.__doc__)
print(S.__match_args__, S(c=1))
print(repr(fields(S)[0]).replace(repr(dataclasses.MISSING), "MISSING"))
print(repr(InitVar[int]), repr(InitVar[list[int]]), repr(InitVar[List[int]]), repr(InitVar("x")))
print(dataclasses._FIELD, dataclasses._HAS_DEFAULT_FACTORY)


@dataclass(init=False)
class NoInit:
    x: int = 1


print(NoInit.__doc__, NoInit())


@dataclass
class NewOne:
    x: int

    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


print(NewOne.__doc__)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)


@dataclass
class WithMeta(metaclass=Meta):
    x: int = 0


print(WithMeta.__doc__, WithMeta())


@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=3)
    _: KW_ONLY
    c: int = 4
    d: list = field(default_factory=list, repr=False, compare=False, metadata={"m": 1})


print(KW.__doc__, KW(1), KW.__match_args__)
print(repr(fields(KW)[3]).replace(repr(list), "LIST").replace(repr(dataclasses.MISSING), "MISSING"))
print(dataclasses.KW_ONLY is KW_ONLY, KW.__init__.__kwdefaults__)

P = make_dataclass("P", ["a", ("b", int), ("c", int, field(default=5))], namespace={"hi": lambda self: "hi"}, frozen=True, order=True)
print(P.__doc__, P(1, 2), P(1, 2).hi(), P.__module__, P(1, 2) < P(1, 3), hash(P(1, 2)) == hash(P(1, 2)))
for spec in (["a", "a"], ["class"], ["1x"], [("a", int, 1, 2)], [3]):
    attempt("make", lambda: make_dataclass("Q", spec))

Pt = collections.namedtuple("Pt", "x y")


@dataclass
class Holder:
    items: list
    mapping: dict
    pt: Pt
    nested: "Holder" = None


h = Holder([1, [2]], {"k": (3, 4)}, Pt(5, 6), Holder([], {}, Pt(0, 0)))
print(asdict(h))
print(astuple(h))
print(asdict(h, dict_factory=lambda pairs: [k for k, _ in pairs]))
print(astuple(h, tuple_factory=list))
attempt("asdict", lambda: asdict(Holder))
attempt("astuple", lambda: astuple(3))
attempt("replace", lambda: replace(3))
attempt("replace bad", lambda: replace(h, zzz=1))
print(replace(h, items=[9]).items)


@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False, default=0)
    cv: ClassVar[int] = 9

    def __post_init__(self, scale):
        self.b = self.a * scale


print(IV(3), IV(3, 5), replace(IV(3, 5), a=4), IV.__init__.__annotations__)
attempt("replace init=False", lambda: replace(IV(1), b=3))


@dataclass
class IV2:
    s: InitVar[int]

    def __post_init__(self, s):
        pass


attempt("replace initvar", lambda: replace(IV2(1)))
print(dataclasses.dataclass.__doc__.splitlines()[0])


class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

    def __get__(self, obj, owner=None):
        return 42

    def __set__(self, obj, value):
        print("set", type(value).__name__)


@dataclass
class WD:
    d: Desc = field(default=Desc())


print(WD(), WD(7))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)


print(hash(UH(1, 2)) == hash((1,)), UH.__hash__.__qualname__)


@dataclass(frozen=True, slots=True, weakref_slot=True)
class FS:
    a: int
    b: int = 2


f = FS(1)
print(FS.__slots__, f.__getstate__(), FS.__doc__, FS.__qualname__)
attempt("frozen set", lambda: setattr(f, "a", 3))
attempt("frozen del", lambda: delattr(f, "b"))
attempt("frozen other", lambda: setattr(f, "zz", 3))
f2 = FS.__new__(FS)
f2.__setstate__([5, 6])
print(f2)


@dataclass(slots=True)
class SL:
    a: int
    b: list = field(default_factory=list)
    c: int = field(init=False, default=7)


print(SL(1), SL.__slots__, hasattr(SL, "__dict__"))


@dataclass(slots=True)
class SL2(SL):
    d: int = 0


print(SL2.__slots__, SL2(1))
attempt("order without eq", lambda: dataclass(order=True, eq=False)(type("X", (), {})))
attempt("weakref_slot", lambda: dataclass(weakref_slot=True)(type("X", (), {})))
attempt("already slots", lambda: dataclass(slots=True)(type("X", (), {"__slots__": ()})))
attempt("kw only classvar", lambda: dataclass(type("X", (), {"__annotations__": {"a": ClassVar[int]}, "a": field(kw_only=True)})))
attempt("classvar factory", lambda: dataclass(type("X", (), {"__annotations__": {"a": ClassVar[int]}, "a": field(default_factory=int)})))
attempt("double kw", lambda: dataclass(type("X", (), {"__annotations__": {"_": KW_ONLY, "b": int, "c": KW_ONLY}})))
attempt("unsafe hash explicit", lambda: dataclass(unsafe_hash=True)(type("X", (), {"__hash__": lambda self: 1})))
attempt("order overwrite", lambda: dataclass(order=True)(type("X", (), {"__lt__": lambda s, o: 1})))
attempt("frozen overwrite", lambda: dataclass(frozen=True)(type("X", (), {"__setattr__": lambda s, n, v: 1})))
attempt("Field generic", lambda: dataclasses.Field[int])
print(dataclasses.FrozenInstanceError.__mro__[1], dataclasses.MISSING.__class__.__name__)
print(S.__dataclass_params__, dataclass(frozen=True, order=True, unsafe_hash=True)(type("Y", (), {})).__dataclass_params__)

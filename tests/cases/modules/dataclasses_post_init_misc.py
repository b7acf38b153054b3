# dataclasses: __post_init__ chains, frozen+slots post-init via object.__setattr__, user __match_args__, init=False factories, kw_only bases, string InitVar/KW_ONLY, recursive repr, hash choices.
from dataclasses import dataclass, field, replace, fields, asdict, KW_ONLY, InitVar
import dataclasses

@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: list = field(default_factory=list, init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", [self.a])
f = FS(1)
print(f, replace(f, a=2), f.b)

@dataclass
class MA:
    __match_args__ = ("b",)
    a: int
    b: int
print(MA.__match_args__)

@dataclass
class Fac:
    made: list = field(default_factory=lambda: ["x"], init=False, repr=False)
    n: int = 0
print(Fac(), Fac().made, Fac.__doc__, Fac.__init__.__code__.co_varnames)

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("base post", self.x)

@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("child post", self.y)
Child(1, 2)

@dataclass(kw_only=True)
class KB:
    a: int = 0
@dataclass
class KC(KB):
    b: int
print(KC(5), KC.__doc__, KC.__match_args__)

@dataclass
class Str:
    x: "dataclasses.InitVar[int]"
    _: "dataclasses.KW_ONLY"
    y: int = 0
    def __post_init__(self, x):
        self.y += x
print(Str(1, y=1), Str.__doc__)

@dataclass
class Rec:
    items: list = field(default_factory=list)
r = Rec(); r.items.append(r)
print(r, asdict(Rec([Rec()])))
print(dataclasses.fields(Rec)[0] is Rec.__dataclass_fields__["items"])

@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), hash(NE(1)) != 0)
@dataclass
class Hashed:
    a: int
    __hash__ = object.__hash__
print(Hashed.__hash__ is object.__hash__)
@dataclass(frozen=True, eq=False)
class FNE:
    a: int
print(FNE.__hash__ is object.__hash__)
try:
    @dataclass
    class Wrong:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print(e)

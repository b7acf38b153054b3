# dataclasses: frozen instances, ordering methods, and the __hash__ rules for eq/frozen/unsafe_hash.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class FP:
    x: int
    y: int = 0


p = FP(1, 2)
for action in ("set", "del", "new"):
    try:
        if action == "set":
            p.x = 5
        elif action == "del":
            del p.y
        else:
            p.z = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError), e.args)
print(p, hash(p) == hash((1, 2)), FP.__setattr__.__qualname__, FP.__delattr__.__qualname__)
print(FrozenInstanceError.__mro__[1].__name__, FrozenInstanceError.__module__)
print({p: "ok"}[FP(1, 2)])


class SubOfFrozen(FP):
    pass


s = SubOfFrozen(3)
s.extra = 4
print(s.extra, s)
try:
    s.x = 9
except FrozenInstanceError as e:
    print("sub:", e)


@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


vs = [Ver(1, 2, "b"), Ver(0, 9), Ver(1, 0, "a"), Ver(1, 2, "a")]
print(sorted(vs))
print(Ver(1) < Ver(1, 1), Ver(2) <= Ver(2, 0, "z"), Ver(3) > Ver(2, 9), Ver(1) >= Ver(1, 1))
print(Ver(1, 2, "x") == Ver(1, 2, "y"), Ver.__lt__.__qualname__)
print(Ver(1).__lt__(5), Ver(1).__eq__("a"))


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0


for expr in ("Ver(1) < Other(1)", "Ver(1) >= 3", "Other(1) <= None"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(Ver(1) == Other(1))


class SubVer(Ver):
    pass


try:
    Ver(1) < SubVer(2)
except TypeError as e:
    print(e)


# The hash table: (unsafe_hash, eq, frozen, explicit __hash__).
def show(cls):
    h = cls.__dict__.get("__hash__", "absent")
    if callable(h):
        h = "generated " + h.__qualname__
    print(cls.__name__, h)


@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(frozen=True)
class Frozen:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


@dataclass(eq=False, frozen=True)
class FrozenNoEq:
    a: int


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


@dataclass(frozen=True)
class ExplicitFrozen:
    a: int

    def __hash__(self):
        return 7


class WithEqBase:
    def __eq__(self, other):
        return False


@dataclass
class EqInBody:
    a: int

    def __eq__(self, other):
        return True


for cls in (EqOnly, NoEq, Frozen, Unsafe, FrozenNoEq, ExplicitHash, ExplicitFrozen, EqInBody):
    show(cls)
print(hash(Unsafe(1, [1], 5, 6)) == hash((1, 6)), hash(Frozen(3)) == hash((3,)))
print(hash(ExplicitHash(1)), hash(ExplicitFrozen(1)), type(hash(NoEq(1))))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)

for kwargs in ({"unsafe_hash": True}, {"unsafe_hash": True, "frozen": True}, {"unsafe_hash": True, "eq": False}):
    try:
        @dataclass(**kwargs)
        class Clash:
            a: int

            def __hash__(self):
                return 1
    except TypeError as e:
        print(kwargs, e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)

try:
    @dataclass(order=True)
    class OwnLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)

for name in ("__setattr__", "__delattr__"):
    try:
        dataclass(frozen=True)(type("C", (), {"__annotations__": {"a": int}, name: lambda *a: None}))
    except TypeError as e:
        print(e)


# Frozen and non-frozen dataclasses do not mix in inheritance.
@dataclass
class Thawed:
    a: int


try:
    @dataclass(frozen=True)
    class F2(Thawed):
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class T2(Frozen):
        b: int
except TypeError as e:
    print(e)


@dataclass(frozen=True)
class F3(Frozen):
    b: int = 2


print(F3(1), hash(F3(1)) == hash((1, 2)))


# eq compares as tuples: identical objects compare equal even when != themselves.
nan = float("nan")
print(EqOnly(nan) == EqOnly(nan), EqOnly(float("nan")) == EqOnly(float("nan")))

# dataclasses: asdict/astuple (recursive, factories, namedtuples, containers), replace(), make_dataclass().
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, fields, is_dataclass
import dataclasses

Pair = namedtuple("Pair", "left right")


@dataclass
class Leaf:
    name: str
    weight: float = 1.0


@dataclass
class Tree:
    root: Leaf
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = ()
    extra: object = None


t = Tree(Leaf("r"), [Leaf("a"), Leaf("b", 2.5)], {"k": Leaf("c"), Leaf("key", 0).name: [1, 2]},
         Pair(Leaf("l"), (Leaf("m"), 3)), {1, 2})
d = asdict(t)
print(d)
print(type(d["pair"]).__name__, d["pair"].left, type(d["pair"][1]).__name__)
print(astuple(t))


class LoudDict(dict):
    def __init__(self, items):
        print("LoudDict got", items)
        super().__init__(items)


print(asdict(Leaf("x"), dict_factory=LoudDict))
print(asdict(t, dict_factory=lambda items: [k for k, v in items]))
print(astuple(Leaf("y"), tuple_factory=list), astuple(t, tuple_factory=lambda xs: len(xs)))

# Values are deep-copied, containers rebuilt with their own type.
inner = [1, [2]]
holder = Tree(Leaf("h"), inner)
out = asdict(holder)
out["leaves"][1].append(3)
print(inner, out["leaves"] is inner)


class MyList(list):
    pass


print(asdict(Tree(Leaf("q"), MyList([Leaf("z")])))["leaves"].__class__.__name__)

for func in (asdict, astuple):
    for bad in (Leaf, 5, [Leaf("x")]):
        try:
            func(bad)
        except TypeError as e:
            print(func.__name__, e)


# replace
@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    derived: str = field(init=False, default="d")


c = Config("h")
c2 = replace(c, port=8080)
print(c2, c, c2 is c, replace(c))
try:
    replace(c, derived="x")
except ValueError as e:
    print(e)
try:
    replace(c, nope=1)
except TypeError as e:
    print(e)
try:
    replace(Config)
except TypeError as e:
    print(e)
try:
    replace(3, a=1)
except TypeError as e:
    print(e)


@dataclass
class Counter:
    n: int = 0
    log: list = field(default_factory=list, init=False)

    def __post_init__(self):
        self.log.append(self.n)


cc = replace(Counter(1), n=2)
print(cc, cc.log)

# make_dataclass
P = make_dataclass("P", ["x", ("y", int), ("z", list, field(default_factory=list))])
print(P, P.__name__, P.__qualname__, P.__module__, P(1, 2), P.__doc__)
print([(f.name, f.type) for f in fields(P)])
Q = make_dataclass("Q", [("a", int, 5)], bases=(Leaf,), namespace={"hello": lambda self: "hi " + self.name},
                   order=True)
q = Q("leafy")
print(q, q.hello(), Q(1) < Q(2), isinstance(q, Leaf))
print(make_dataclass("E", [])(), is_dataclass(make_dataclass("F", [], init=False)))
R = make_dataclass("R", [("v", int)], slots=True, kw_only=True, eq=False, repr=False, match_args=False)
print(R.__slots__, R(v=2).v, hasattr(R, "__match_args__"), R.__doc__)
for spec in (["a", "a"], [("a", int, 1, 2)], ["class"], ["1x"], [(3, int)], [("a b", int)]):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(e)

# Fields whose metadata is given.
@dataclass
class Meta:
    a: int = field(default=0, metadata={"unit": "m"})
    b: int = field(default=1, repr=False, hash=True, compare=False)


print(fields(Meta)[0].metadata, fields(Meta)[0].metadata["unit"], Meta())
try:
    fields(Meta)[0].metadata["x"] = 1
except TypeError as e:
    print(e)
print(repr(fields(Meta)[1]).replace(hex(id(dataclasses.MISSING)), "ADDR"))
print(repr(dataclasses.Field.__class_getitem__(int)))

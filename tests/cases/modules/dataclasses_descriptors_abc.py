# dataclasses: descriptor defaults and __set_name__, abstract methods, generated-method globals, match statements, pickling hooks.
import abc
from dataclasses import dataclass, field, fields, asdict


class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return 1
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if isinstance(value, Positive):
            value = 7
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)


@dataclass
class Item:
    qty: Positive = Positive()
    price: Positive = field(default=Positive())


it = Item()
print(it, it.qty, Item(3, 4).price, Item.__doc__.replace(hex(id(Item.__dataclass_fields__["price"].default)), "ADDR"))
try:
    Item(0)
except ValueError as e:
    print(e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(2), Square(2).area(), sorted(Square.__abstractmethods__))


@dataclass
class Partial(Shape):
    side: float


print(sorted(Partial.__abstractmethods__))
try:
    Partial(1)
except TypeError as e:
    print(e)


# Generated methods resolve names in the defining module's globals.
print(Item.__init__.__globals__ is globals(), Item.__eq__.__globals__ is globals())


# match with __match_args__ and keyword patterns.
@dataclass
class Move:
    dx: int
    dy: int = 0
    label: str = field(default="", kw_only=True)


for m in (Move(1), Move(0, 5), Move(2, 2, label="diag")):
    match m:
        case Move(0, dy):
            print("vertical", dy)
        case Move(dx, 0):
            print("horizontal", dx)
        case Move(label=lbl) if lbl:
            print("labelled", lbl)


# Instances work with copy and the pickle protocol hooks.
import copy


@dataclass
class Pt:
    x: int
    y: list


p = Pt(1, [2])
q = copy.deepcopy(p)
q.y.append(3)
print(p, q, copy.copy(p) == p, p.__reduce_ex__(2)[0].__name__)


# __init_subclass__ and __class_getitem__ keep working.
@dataclass
class Registry:
    kinds = []
    name: str = "base"

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.kinds.append(cls.__name__)


@dataclass
class Sub(Registry):
    extra: int = 0


print(Registry.kinds, Sub(), fields(Sub)[-1].name, asdict(Sub("s", 2)))


# A dataclass whose field shadows a builtin used in the generated code.
@dataclass(order=True, frozen=True)
class Shadow:
    object: int = 0
    hash: int = 1
    type: str = "t"
    super: int = 2


sh = Shadow()
print(sh, sh < Shadow(1), hash(sh) == hash((0, 1, "t", 2)))
try:
    sh.type = "x"
except AttributeError as e:
    print(e)


# Custom __new__ and metaclass __call__ decide __doc__.
@dataclass
class WithNew:
    a: int

    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


print(WithNew.__doc__, WithNew(1))


class Meta(type):
    def __call__(cls, value, *rest):
        return super().__call__(value)


@dataclass
class ViaMeta(metaclass=Meta):
    value: int


print(ViaMeta.__doc__, ViaMeta(1, 2, 3))


@dataclass
class PosOnly:
    a: int

    def __init__(self, a, /, b=2, *args, c, d=4, **kw):
        self.a = a


print(PosOnly.__doc__)

# enum basics: access by attribute/value/name, iteration, aliases, __members__, comparisons,
# hashing, str/repr/format, name/value read-only, methods, _missing_, _ignore_, member/nonmember.
import enum
from enum import Enum, auto, member, nonmember


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @staticmethod
    def helper():
        return "static"


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color(Color.RED))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color.RED._name_, Color.BLUE._value_)
print(type(Color.__members__).__name__, list(Color.__members__.items()))
print(Color.__members__["CRIMSON"], "CRIMSON" in Color.__members__)
print(Color.RED in Color, Color.RED.describe(), Color.favourite(), Color.helper(), Color.RED.helper())
print(type(Color.RED), Color.RED.__class__ is Color, isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(repr(Color), str(Color), Color.__name__, Color.__qualname__, Color.__module__)
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.GREEN:>12}|", format(Color.BLUE, "^14"), "%s" % Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED == Color.CRIMSON)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(bool(Color.RED), bool(Color), sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.value, Color.RED.name, Color.RED.__objclass__ if hasattr(Color.RED, "__objclass__") else None)
print(Color._member_names_, list(Color._member_map_), Color._value2member_map_)
print(Color._member_type_, Color._value_repr_)
for op in ("<", ">", "<=", ">="):
    try:
        eval("Color.RED %s Color.GREEN" % op)
    except TypeError as e:
        print("TypeError", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED.name
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError", e)
Color.extra = 10
print(Color.extra)
del Color.extra
print(hasattr(Color, "extra"), hasattr(Color, "PURPLE"))
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError", e)
try:
    Color(5)
except ValueError as e:
    print("ValueError", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color[1]
except KeyError as e:
    print("KeyError", e)


class Lookup(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        if value == 99:
            return "bad"
        if value == 98:
            raise KeyError("from missing")
        return None


print(Lookup("one"), Lookup("TWO"), Lookup(1))
for v in (3, 99, 98):
    try:
        Lookup(v)
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


class Ignored(Enum):
    _ignore_ = "temp i"
    temp = 5
    A = 1
    for i in range(2, 4):
        locals()["N%d" % i] = i


print(list(Ignored), hasattr(Ignored, "temp"), hasattr(Ignored, "i"))


class Wrapped(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)

    @member
    def D():
        return 4

    def method(self):
        return self.name


print([m.name for m in Wrapped], Wrapped.B, Wrapped.C.value(), Wrapped.D.value(), Wrapped.A.method())


class Props(Enum):
    X = 1
    Y = 2

    @enum.property
    def doubled(self):
        return self.value * 2

    @property
    def tripled(self):
        return self.value * 3


print(Props.X.doubled, Props.Y.tripled, type(Props.__dict__["doubled"]).__name__)
print(type(Enum.__dict__["name"]), isinstance(Enum.__dict__["value"], enum.property))


class Fields(Enum):
    name = 1
    value = 2
    other = 3


print(Fields.name, Fields.value, Fields.name.name, Fields.value.value, Fields.name.value, Fields.other.name)
print(list(Fields), Fields["name"], Fields(2))


class Counter(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Counter), repr(auto()), repr(auto(3)))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), repr(Empty))


class Base(Enum):
    def hello(self):
        return "hello " + self.name


class Child(Base):
    A = 1


print(Child.A.hello(), Child.__mro__)
print(dir(Color))
print(dir(Color.RED))
print(dir(Empty))
print(dir(Props.X))
print(Color.RED.__reduce_ex__(2), Color.__reduce_ex__ is Enum.__reduce_ex__)
print(vars(Lookup)["ONE"] is Lookup.ONE, sorted(k for k in vars(Color) if not k.startswith("__")))
print(Color.RED.__dict__ == {"_value_": 1, "_name_": "RED", "__objclass__": Color, "_sort_order_": 0})

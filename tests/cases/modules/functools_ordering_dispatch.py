# functools: total_ordering (each root, NotImplemented, errors), singledispatch and singledispatchmethod, cached_property.
import functools
from functools import total_ordering, singledispatch, singledispatchmethod, cached_property
from collections.abc import Sequence, Mapping, Iterable


def make(root):
    ns = {
        "__init__": lambda self, v: setattr(self, "v", v),
        "__eq__": lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
        "__repr__": lambda self: f"N{self.v}",
    }
    ops = {
        "__lt__": lambda self, o: self.v < o.v if isinstance(o, type(self)) else NotImplemented,
        "__le__": lambda self, o: self.v <= o.v if isinstance(o, type(self)) else NotImplemented,
        "__gt__": lambda self, o: self.v > o.v if isinstance(o, type(self)) else NotImplemented,
        "__ge__": lambda self, o: self.v >= o.v if isinstance(o, type(self)) else NotImplemented,
    }
    ns[root] = ops[root]
    return total_ordering(type("By" + root.strip("_"), (), ns))


for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    C = make(root)
    a, b = C(1), C(2)
    print(C.__name__, [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= C(1), a >= C(1)])
    derived = sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n != root)
    print(" ", [getattr(C, n).__name__ for n in derived], getattr(C, derived[0]).__doc__)
    try:
        a < 5
    except TypeError as e:
        print(" ", e)
    print(" ", C.__lt__(a, 5), C.__ge__(a, "x"))


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return "own gt"


print(Both(1) > Both(2), Both(1) <= Both(2), Both.__le__.__name__)
try:
    @total_ordering
    class NoOps:
        pass
except ValueError as e:
    print(e)


class Inherits(make("__lt__")):
    pass


print(total_ordering(Inherits) is Inherits, Inherits(3) >= Inherits(2))


# singledispatch
@singledispatch
def describe(obj):
    """Describe something."""
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(float)
def _describe_float(obj, extra=""):
    return f"float {obj}{extra}"


@describe.register(Sequence)
def _(obj):
    return f"sequence of {len(obj)}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"list-like {type(obj).__name__}"


def for_dict(obj):
    return "dict!"


print(describe.register(dict, for_dict) is for_dict)
print(describe(1), describe(True), describe(2.5), describe("ab"), describe([1]), describe((1, 2)), describe({}), describe(None))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[Sequence], describe.dispatch(object).__name__)
print(sorted(t.__name__ for t in describe.registry), type(describe.registry).__name__)
try:
    describe.registry[int] = None
except TypeError as e:
    print(e)


class MySeq(Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 3


print(describe(MySeq()), describe.dispatch(MySeq) is describe.registry[Sequence])
describe.register(MySeq, lambda o: "registered later")
print(describe(MySeq()))

try:
    describe()
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(obj):
        return 1
except TypeError as e:
    print(str(e).split(": <")[0], str(e).split(">.")[1])
try:
    @describe.register
    def _(obj: "int"):
        return 1
except TypeError as e:
    print(type(e).__name__)
try:
    describe.register(5)
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(obj: 5):
        return 1
except TypeError as e:
    print(e)


@describe.register
def _(obj: int | complex):
    return "int or complex"


print(describe(3), describe(1j))


@singledispatch
def ambiguous(obj):
    return "base"


class A:
    pass


class B:
    pass


class AB(A, B):
    pass


ambiguous.register(A, lambda o: "A")
ambiguous.register(B, lambda o: "B")
print(ambiguous(AB()))
ambiguous.register(Iterable, lambda o: "iterable")
ambiguous.register(Mapping, lambda o: "mapping")
print(ambiguous({}), ambiguous([]), ambiguous(iter([])))


class Shapes:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(f"cannot handle {type(arg).__name__}")

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register(tuple)
    def _(self, arg):
        return arg[0] * arg[1]

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: generic"

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__}: str"

    @singledispatchmethod
    @staticmethod
    def static(arg):
        return "static generic"

    @static.register
    @staticmethod
    def _(arg: float):
        return "static float"


s = Shapes()
print(s.area(3), s.area((2, 5)), Shapes.kind(1), Shapes.kind("x"), s.kind("y"), Shapes.static(1.0), s.static([]))
try:
    s.area("x")
except NotImplementedError as e:
    print(e)
print(s.area.__name__, Shapes.area.__name__, type(Shapes.__dict__["area"]).__name__, Shapes.__dict__["area"].__isabstractmethod__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print(e)


# cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @cached_property
    def total(self):
        """Sum up."""
        self.computed += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
del d.total
print(d.total, d.computed)
d.total = 5
print(d.total)
print(Data.total.__set_name__.__name__, Data.total.func.__name__, Data.total.__module__)


class Slotted:
    __slots__ = ("a",)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print(e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data(1))
except TypeError as e:
    print(e)


try:
    class Two:
        x = cached_property(len)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)


class Later:
    pass


lp = cached_property(lambda self: 42)
lp.__set_name__(Later, "val")
Later.val = lp
print(Later().val, Later.val is lp)
print(cached_property.__class_getitem__(int))

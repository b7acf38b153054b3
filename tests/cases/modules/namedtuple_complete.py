# collections.namedtuple: construction, helpers, defaults, rename, module, validation errors, docs, subclassing, copying.
import copy
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p == (1, 2), tuple(p), len(p), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__slots__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(Point.__doc__, "|", Point.__new__.__doc__, "|", Point.x.__doc__, "|", Point.y.__doc__)
print(Point._make.__doc__, "|", Point._replace.__doc__, "|", Point._asdict.__doc__)
print(Point.__repr__.__doc__, "|", Point.__getnewargs__.__doc__)
print(Point.__new__.__qualname__, Point._make.__qualname__, Point._replace.__qualname__, Point.__repr__.__qualname__,
      Point._asdict.__qualname__, Point.__getnewargs__.__qualname__)
print(Point._make([3, 4]), Point._make(iter("ab")), p._replace(x=9), p._asdict(), type(p._asdict()).__name__)
print(p.__getnewargs__(), type(p.__getnewargs__()).__name__)
print(copy.copy(p), copy.deepcopy(Point([1], [2])), p.__reduce_ex__(2)[1:3] if False else "")
print(type(Point.x).__name__, Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
for bad in ([1], [1, 2, 3]):
    try:
        Point._make(bad)
    except TypeError as e:
        print(e)
try:
    p._replace(z=1, w=2)
except ValueError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p.z = 5
except AttributeError as e:
    print(e)

for args, kwargs in (((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"q": 3})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(e)

# String field specs, defaults, rename, module.
P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, c=7), P3._field_defaults, P3.__new__.__defaults__, P3.__doc__)
print(Point.__new__.__module__, Point.__new__.__name__, Point.__new__.__code__.co_varnames, Point.__new__.__defaults__)
for args in ((), (1, 2, 3, 4)):
    try:
        P3(*args)
    except TypeError as e:
        print(e)
One = namedtuple("One", "only")
print(One(1), One.__doc__, One._make([2]))
try:
    One()
except TypeError as e:
    print(e)
try:
    One(1, 2)
except TypeError as e:
    print(e)
Zero = namedtuple("Zero", "")
print(Zero(), Zero._fields, Zero.__doc__, Zero._make(()))
try:
    Zero(1)
except TypeError as e:
    print(e)
R = namedtuple("R", ["abc", "def", "abc", "_x", "9", "ok"], rename=True)
print(R._fields)
print(namedtuple("M", "a", module="some.mod").__module__)
print(namedtuple("D", "a b", defaults=iter([5]))._field_defaults)
print(namedtuple("Gen", (n for n in ("p", "q")))._fields)

for name, fields, kwargs in (
    ("Bad", "a _b", {}),
    ("Bad", "a a", {}),
    ("Bad", "a class", {}),
    ("Bad", "a 1b", {}),
    ("class", "a", {}),
    ("1Bad", "a", {}),
    ("Bad", "a b", {"defaults": [1, 2, 3]}),
):
    try:
        namedtuple(name, fields, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# Subclassing with __slots__ = ().
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"Vec<{self.x}, {self.y}>"


v = Vec(3, 4)
print(v, v.norm2, v._replace(x=0), Vec._make([1, 1]), v._asdict(), hasattr(v, "__dict__"))
try:
    v.extra = 1
except AttributeError as e:
    print(e)


class Loose(namedtuple("Loose", "a")):
    pass


lo = Loose(1)
lo.extra = 2
print(lo, lo.extra, lo.__dict__)

# Match statement uses __match_args__.
match Point(0, 5):
    case Point(0, y):
        print("on the y axis at", y)

# Tuple behaviour stays.
q = Point(2, 1)
print(sorted([p, q]), p + q, p * 2, hash(p) == hash((1, 2)), max(q), q.index(1), q.count(2))
print(dict(zip(Point._fields, q)), Point(*range(2)), Point(**{"x": "a", "y": "b"}))

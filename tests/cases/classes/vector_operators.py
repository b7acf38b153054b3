# A complete value type: arithmetic, comparison, hashing, iteration, bool, abs, formatting, immutability.
import math


class Vec:
    __slots__ = ("_x", "_y")

    def __init__(self, x=0, y=0):
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)

    x = property(lambda self: self._x)
    y = property(lambda self: self._y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __iter__(self):
        yield self._x
        yield self._y

    def __repr__(self):
        return f"Vec({self._x!r}, {self._y!r})"

    def __str__(self):
        return f"({self._x}, {self._y})"

    def __format__(self, spec):
        return f"<{format(self._x, spec)}, {format(self._y, spec)}>"

    def __eq__(self, other):
        return isinstance(other, Vec) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self._x, self._y))

    def __abs__(self):
        return math.hypot(self._x, self._y)

    def __bool__(self):
        return bool(self._x or self._y)

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self._x + other._x, self._y + other._y)

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(-self._x, -self._y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self._x * k._x + self._y * k._y
        if isinstance(k, (int, float)):
            return Vec(self._x * k, self._y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self._x / k, self._y / k)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __getitem__(self, i):
        return (self._x, self._y)[i]

    def __len__(self):
        return 2


a, b = Vec(3, 4), Vec(1, -2)
print(a, repr(b), a + b, a - b, -a, a * 2, 2 * a, a * b, a / 2, abs(a), bool(Vec()), bool(a))
print(f"{a:.2f}", format(b, "+d"), list(a), a[0], a[-1], len(a), tuple(b), dict(zip("xy", a)))
print(a == Vec(3, 4), a != b, a is not Vec(3, 4), len({a, Vec(3, 4), b}), sorted([a, b, Vec(0, 1)]), max(a, b))
try:
    a.z = 1
except AttributeError as e:
    print(e)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)
total = Vec()
for v in [a, b, Vec(10, 10)]:
    total += v
print(total, sum([a, b], Vec()), x := a.x, a.y)

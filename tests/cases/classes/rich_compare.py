# Rich comparisons: reflection, NotImplemented fallbacks, identity default for ==, total ordering.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  V.__eq__({self.v}, {other!r})")
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        print(f"  V.__lt__({self.v}, {other!r})")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented

    def __repr__(self):
        return f"V({self.v})"


print(V(1) == V(1), V(1) != V(2))
print(V(1) == 1)
print(V(1) < V(2), V(3) > V(2))
try:
    V(1) < 5
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)


class W(V):
    def __eq__(self, other):
        print("  W.__eq__")
        return NotImplemented

    def __gt__(self, other):
        print("  W.__gt__")
        return True


print(V(1) == W(1))
print(V(1) < W(1))


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != p)
print(sorted([V(3), V(1), V(2)]))


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1, [1, 2].count(AlwaysEqual()))
print(AlwaysEqual() in [5], [AlwaysEqual()] == [7])


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts


print(Version(1, 2) <= Version(1, 3), Version(2) >= Version(1, 9), Version(1) > Version(1))
print(max(Version(1, 0), Version(0, 9)).parts)


class ReturnsNonBool:
    def __lt__(self, o):
        return "truthy string"


print(ReturnsNonBool() < 1, 1 > ReturnsNonBool())

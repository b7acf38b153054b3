# dict views (live, set-like), set and frozenset operations, methods and errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k), "d" in k, 4 in v, ("a", 1) in it)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(it & {("a", 1)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}), list(reversed(k)))
print(v == v, type(k).__name__, type(v).__name__, type(it).__name__, k.mapping["a"])
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s), 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1})), sorted(a.symmetric_difference([1, 10])))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1}.issubset([1, 2]), {1, 2}.issuperset({2}), {1}.isdisjoint({2}))
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 9}
print(sorted(c))
c.update([7], {8})
c.intersection_update({7, 8, 4, 100})
c.difference_update({8})
print(sorted(c), c.pop() in (4, 7), len(c))
c.clear()
print(c, set(), set("aab") == {"a", "b"}, repr(set()), repr(frozenset()), {1, 2} == frozenset({1, 2}))
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])))
try:
    fs.add(1)
except AttributeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print({frozenset({1}): "ok"}[frozenset([1])], {1, 2, 3} - {2} == {1, 3}, len({1, 1.0, True}))
print(repr({1}), repr(frozenset({5})), sorted({"x", "y"} | set("yz")), min({4, 2, 8}), sum({1, 2, 3}))
try:
    for x in (grow := {1, 2}):
        grow.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
print({x % 4 for x in range(10)}, set(range(5)) - set(range(0, 5, 2)))
try:
    {1} < [1]
except TypeError as e:
    print(e)

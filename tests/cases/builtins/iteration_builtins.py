# enumerate, zip (strict), map, filter, reversed, all, any, iter/next, len, sorted.
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(str.upper, "ab")), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, ["1", "2"])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, None, "x"]), any(x > 2 for x in range(4)))
calls = []


def check(x):
    calls.append(x)
    return x > 1


print(any(check(x) for x in [0, 2, 5]), calls)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len({1, 2}), len((1,)))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
e = enumerate(["x", "y"])
print(next(e), list(e))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(sorted({"b": 1, "a": 2}), sorted([3, 1], reverse=True), sorted("cba", key=None))
print(dict(enumerate("xy")), dict(zip("ab", "cd")), set(map(abs, [-1, 1, 2])))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)

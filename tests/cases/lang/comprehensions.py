# List/set/dict comprehensions and generator expressions: nesting, conditions, scope.
print([x * x for x in range(6) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cd"]])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(100)))
print(list(x if x > 2 else -x for x in range(5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y != 4])
x = "unchanged"
_ = [x for x in range(3)]
print(x)
g = (n * 2 for n in range(3))
print(type(g).__name__, list(g), list(g))
try:
    [1 for _ in 5]
except TypeError as e:
    print(e)
# the first iterable is evaluated eagerly in the enclosing scope
def make():
    data = [1, 2, 3]
    gen = (d * 10 for d in data)
    data = [7]
    return list(gen)
print(make())
print([i for i in range(3)] == list(range(3)))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print([w.upper() for w in words if len(w) > 3])
print([(i, j) for i in range(3) if i for j in range(3) if j > i])
print(max(len(w) for w in words), min((len(w), w) for w in words))
print(dict((i, i ** 2) for i in range(4)))
print([[0] * 2 for _ in range(2)])
print([lambda: i for i in range(2)][0]())

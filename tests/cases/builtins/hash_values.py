# Hash values that CPython fixes independently of the seed: ints, floats, tuples, frozensets of ints, bools, fractions of floats.
values = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 0.5, -0.25, 1.1, 1e300, -1e-300,
          float("inf"), float("-inf"), True, False, (), (1,), (1, 2, 3), ((1, 2), (3, 4)), (0.5, -1), (True, None is None),
          frozenset(), frozenset({1, 2, 3}), 1 + 2j, complex(0, -1), range(0)]
for v in values:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([3, 1, 2])) == hash(frozenset([1, 2, 3])))

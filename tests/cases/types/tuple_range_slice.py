# tuple, range and slice objects: methods, reprs, indexing, equality, errors.
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t[1:], t[::-1], len(t), t + (4,), t * 2, (1,), (), tuple("ab"), tuple([1]))
print(repr((1,)), repr(()), ((1, 2), [3]), (1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
x, = (5,)
print(x, type(()).__name__, tuple(range(3)))
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0), range(1, 10, -1), list(range(10, 0, -3)), range(3) == range(0, 3), range(0) == range(5, 5))
try:
    len(range(0, 10 ** 20, 3))
except OverflowError as e:
    print(e)
print(range(0, 10 ** 20, 3)[-1], range(10 ** 20)[-1], repr(range(-5, 5, 2)), range(5).start, range(5).stop, range(5).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(3).index(7)
except ValueError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(6), slice(None).indices(4), slice(-3, None).indices(10))
print("abcdefghij"[s], [0, 1, 2, 3, 4, 5, 6][slice(None, None, -2)], slice(1, 2) == slice(1, 2))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
print(range(3).__iter__().__class__.__name__, bool(range(0)), hash(range(3)) == hash(range(0, 3)))

# list: methods, slicing and slice assignment, comparisons, repr, errors.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 0)
a.insert(-1, 7)
a.insert(100, 8)
print(a, len(a), a.count(1), a.index(4), a.index(1, 3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
a.reverse()
print(a, a[::-1], a[1:4], a[-3:], a[::3], a[10:], a[-100:2])
b = a.copy()
b[0] = "changed"
print(a[0], b[0], a == a[:], a is not a[:])
a.clear()
print(a)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [][0], lambda: [1, 2].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
s = list(range(10))
s[2:5] = ["a"]
print(s)
s[1:1] = [9, 9]
print(s)
s[::2] = "xyzwv"[: len(s[::2])]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
s[:] = []
print(s)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
print([1, 2] + [3], [0] * 3, [1, 2] * 0, [1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 2, 3], [2] > [1, 9])
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1, 2)))
print(sum([[1], [2]], []), max([3, 8, 1]), min([[2], [1, 5]]), sorted([3, 1, 2]), 3 in [1, 2, 3])
try:
    [1, 2] + (3,)
except TypeError as e:
    print(e)
try:
    [].index
    [1].index(1, 0, 0)
except ValueError as e:
    print(e)
nested = [1, [2, [3]]]
nested[1][1].append(4)
print(nested, repr([None, True, "s", 1.5, b"b"]))
x = [1, 2, 3]
x += "ab"
print(x)
x[len(x):] = [0]
print(x, x[-1], x.__len__(), x.__getitem__(0))
print(list(reversed([1, 2, 3])), [i for i in reversed(range(3))])
a = [1, 2, 3, 4, 5]
del a[::2]
print(a)
a = list(range(6))
a[1::2] = [10, 30, 50]
print(a)
a[4:1:-1] = "XYZ"
print(a)

# Unpacking: starred targets, nested targets, * and ** in calls and displays, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab", *{"k": 0}])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
d1, d2 = {"x": 1}, {"y": 2}
print(d1 | d2, {**d1, **d2})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = 1, 2"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "hello"
c1, c2, *cs = s
print(c1, c2, cs)
a = b = c = []
a.append(1)
print(b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(lst)
(m) = 5
print(m)
[n] = [6]
print(n)
obj = type("O", (), {})()
obj.attr, obj.other = "A", "B"
print(obj.attr, obj.other)
dd = {}
dd["k1"], dd["k2"] = 1, 2
print(dd)

# Chained comparisons, and/or returning operands, conditional expressions, identity, membership, del, assert.
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)
calls = []


def v(n):
    calls.append(n)
    return n


print(v(1) < v(0) < v(5), calls)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0)
print(not 0, not [1], (1 and [])  or "x")
print("yes" if x else "no", "big" if x > 100 else "mid" if x > 3 else "small")
a = [1]
b = [1]
print(a == b, a is b, a is not b, None is None)
print(3 in [1, 2, 3], "b" in "abc", "ab" in "xaby", 4 not in {1: 2}, 2 in {2: "k"})
print(-x, +x, ~x, abs(-x), x ** 2, 2 ** -1, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
print(7 / 2, 6 / 2, 1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10)
y = 10
y += 5
y -= 3
y *= 2
y //= 5
y **= 3
y %= 7
y <<= 2
y |= 1
y ^= 8
y &= 13
y >>= 1
print(y)
s = "ab"
s *= 3
s += "!"
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(alias, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
del lst[0], lst[-1]
print(lst)
lst2 = list(range(10))
del lst2[::2]
print(lst2)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert args:", e.args)
print(True + True, True * 3, isinstance(True, int), bool("False"), bool(0.0), bool([0]))
print(1 == 1.0 == True, "1" == 1, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "a" < "b" < "ba")
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan])
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 0.5)
print(10 if None is None else 20, 1 if "" else 2)

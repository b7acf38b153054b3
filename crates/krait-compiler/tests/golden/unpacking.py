a, *b, c = range(10)
a, b = b, a
x = [*a, *b, 1]
y = {**x, "k": 1, **x}
z = (1, 2, 3) + (4,)
del a, x[0], y.k
print(*x, sep="")

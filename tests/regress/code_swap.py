# Assigning __code__ changes how calls bind arguments (the call path caches the code's shape).
def f(a):
    return ("f", a)


def two(a, b):
    return ("two", a, b)


def gen(a):
    yield a
    yield a + 1


def kwonly(a, *, k=5):
    return ("kwonly", a, k)


print(f(1))
f.__code__ = two.__code__
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__code__ = gen.__code__
print(list(f(10)))
f.__code__ = kwonly.__code__
try:
    print(f(3))
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = {"k": 7}
print(f(3))


class C:
    def __init__(self, x):
        self.x = x


def init2(self, x, y):
    self.x = x + y


print(C(1).x)
C.__init__.__code__ = init2.__code__
print(C(1, 2).x)
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)

# Everything is an object; is vs ==; small ints and interned identifiers share objects; sys.getsizeof of core objects.
import sys

a = 256
b = int("256")
print(a is b, a == b)
c = -5
d = int("-5")
print(c is d)
s1 = "identifier_like"
s2 = "identifier" + "_like"
print(s1 == s2, sys.intern(s1) is sys.intern(s2))
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y))
print(None is None, type(None)() is None, True is (1 == 1))
print(isinstance(len, object), isinstance(int, object), isinstance(type, object), isinstance(object, object))
for obj in [0, 1, 2 ** 30, 2 ** 60, 0.0, "", "a", "ab", b"", (), (1,), [], {}, set(), frozenset(), None, True, 1j, range(1)]:
    print(type(obj).__name__, repr(obj), sys.getsizeof(obj))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof((1, 2, 3)), sys.getsizeof("é"), sys.getsizeof("日本"), sys.getsizeof("😀"))


def f():
    pass


print(type(f).__name__, isinstance(f, object), type(type(f)).__name__, f.__class__.__class__.__name__)
counter = 0


class Tracker:
    def __init__(self):
        global counter
        counter += 1

    def __del__(self):
        global counter
        counter -= 1


t = Tracker()
lst = [t, t]
del t
print(counter)
lst.clear()
print(counter)
print(sys.getrefcount(object()) >= 1)

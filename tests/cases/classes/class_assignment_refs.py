# Switching an object's __class__ back and forth many times does not keep a reference to a
# class per switch (Krait keeps at most one to each class an object switched away from).
import sys


class A:
    pass


class B:
    pass


o = A()
before = sys.getrefcount(A), sys.getrefcount(B)
for _ in range(1000):
    o.__class__ = B
    o.__class__ = A
after = sys.getrefcount(A), sys.getrefcount(B)
print(type(o).__name__, [a - b < 5 for a, b in zip(after, before)])
o.__class__ = B
print(type(o).__name__, isinstance(o, B), sys.getrefcount(B) - before[1] < 5)

# types.MethodType(func, obj) builds bound methods; bound methods forward attributes to
# their function.
import types


class A:
    def m(self, x=0):
        """doc of m"""
        return x


def free(self, y):
    return (type(self).__name__, y)


a = A()
print(a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__module__, a.m.__defaults__)
free.tag = "tagged"
bm = types.MethodType(free, a)
print(bm(5), bm.__self__ is a, bm.__func__ is free, bm.tag, bm == types.MethodType(free, a))
print(types.MethodType(len, [1, 2, 3])())
for args in [(), (free,), (1, a), (free, None), (free, a, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.MethodType(free, a, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.m.nothing
except AttributeError as e:
    print(type(e).__name__, e)

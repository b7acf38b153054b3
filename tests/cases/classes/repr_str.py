# __repr__ and __str__: fallbacks, containers use repr, str() of exceptions, default repr shape.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both as str"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"


class OnlyStr:
    def __str__(self):
        return "only str"


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(s, repr(s).startswith("<__main__.OnlyStr object at 0x"), repr(s).endswith(">"))
print(f"{b} {b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(e)


class Vector:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.c))})"


class Vector3(Vector):
    pass


print(Vector(1, 2), Vector3("a", 1.5), [Vector()])
print(repr(int), repr(Vector), repr(len), str(type(None)))
print(repr(print).startswith("<built-in function print"), str(object) == "<class 'object'>")
import math

print(repr(math)[:21], repr(Vector.__repr__)[:26])
print(repr(None), repr(NotImplemented), repr(...), repr(True))
print(type(Both.__repr__).__name__, type(b.__repr__).__name__, type(len).__name__)


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Recursive({self.items!r})"


lst = [1]
lst.append(lst)
d = {}
d["me"] = d
print(lst, d)

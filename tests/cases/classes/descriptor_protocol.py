# Descriptor precedence and hooks: data descriptors beat the instance dict, non-data ones lose
# to it; __set_name__, __delete__, property docs/copies, classmethod over other descriptors
# (3.11), staticmethod objects callable, functions binding as methods.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ("data", obj.__dict__.get("_" + self.name))

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class C:
    d = Data()
    n = NonData()


c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n)
c.d = 5
print(c.d, c.__dict__["_d"])
del c.d
print(c.d, C.d.__class__.__name__)
del c.n
print(c.n)


class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        "the value"
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @v.deleter
    def v(self):
        print("deleting v")
        self._v = None


p = P()
p.v = 4
print(p.v, P.v.__doc__, P.v.fget.__name__, P.v.fset is not None)
del p.v
print(p.v)
ro = property(lambda self: 1, doc="read only")
P.ro = ro
try:
    p.ro = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
print(P.ro.__doc__, property().__doc__)


class Meta:
    @classmethod
    @property
    def kind(cls):
        return cls.__name__.lower()

    @staticmethod
    def helper(x):
        return x + 1


print(Meta.kind, Meta().kind, Meta.helper(1), Meta.__dict__["helper"](2))
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len, isinstance(Meta.__dict__["kind"], classmethod))


def f(self, x):
    return (self, x)


class B:
    pass


b = B()
bound = f.__get__(b, B)
print(bound(3)[1], bound.__self__ is b, bound.__func__ is f, f.__get__(None, B) is f)
B.g = f
print(B.g is f, b.g(7)[1], type(b.g).__name__)
print(type(C.__dict__["n"]).__name__, hasattr(NonData(), "__set__"))

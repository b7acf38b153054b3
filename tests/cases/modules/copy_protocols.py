# copy: shallow and deep copies of builtins, identity rules, __copy__/__deepcopy__, reduce protocol, memo, errors.
import copy
import copyreg
import types


def f():
    pass


samples = [None, 1, 2.5, 3j, True, "s", b"b", (1, 2), (1, [2]), (), frozenset([1]), range(3),
           len, f, f.__code__, int, ..., NotImplemented, property(),
           [1, [2]], {"a": [1]}, {1, 2}, bytearray(b"x"), types.SimpleNamespace(a=[1])]
for v in samples:
    s = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(v).__name__, s is v, d is v, s == v, d == v)

print(copy.copy(slice(1, 2)) is not None)
nested = [1, [2, [3]], {"k": (4, [5])}]
s = copy.copy(nested)
d = copy.deepcopy(nested)
print(s[1] is nested[1], d[1] is nested[1], d[2]["k"] is nested[2]["k"], d == nested)

shared = [0]
pair = [shared, shared]
d = copy.deepcopy(pair)
print(d[0] is d[1], d[0] is shared)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d is loop)
tloop = [1]
t = (tloop,)
tloop.append(t)
dt = copy.deepcopy(t)
print(type(dt).__name__, dt[0][1] is dt, dt is t)
dd = {}
dd["self"] = dd
print(copy.deepcopy(dd)["self"] is not dd)

memo = {}
a = [1, 2]
first = copy.deepcopy(a, memo)
print(copy.deepcopy(a, memo) is first, id(a) in memo, a in memo[id(memo)])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooks(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Hooks(copy.deepcopy(self.v, memo))


h = Hooks([1])
print(copy.copy(h).v is h.v, copy.deepcopy(h).v is h.v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class Stateful:
    def __init__(self):
        self.data = [1, 2]

    def __getstate__(self):
        print("getstate")
        return {"data": self.data, "extra": "yes"}

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


st = copy.deepcopy(Stateful())
print(st.extra, st.data)


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, (1, [2]), None, iter([]), None)

    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return object.__reduce_ex__(self, proto)


rd = copy.deepcopy(Reduced(0))
print(rd.args)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([[1], 2])
ml.tag = "t"
c1 = copy.copy(ml)
c2 = copy.deepcopy(ml)
print(type(c1).__name__, c1, c1[0] is ml[0], c2[0] is ml[0], c2.tag)
md = MyDict(a=[1])
print(type(copy.deepcopy(md)).__name__, copy.deepcopy(md)["a"] is md["a"], copy.copy(md)["a"] is md["a"])


class ByName:
    def __reduce__(self):
        return "by_name"


bn = ByName()
print(copy.copy(bn) is bn, copy.deepcopy(bn) is bn)


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda o: (Registered, (o.v * 10,)))
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)


class Holder:
    def method(self):
        return self


hold = Holder()
bm = copy.deepcopy(hold.method)
print(bm.__self__ is hold, type(bm.__self__).__name__, bm.__func__ is Holder.method)


class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot reduce")


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)


class Opaque:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Opaque())
    except copy.Error as e:
        print(fn.__name__, type(e).__name__, e)

print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)

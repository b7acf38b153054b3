# functools objects in detail: partial construction/flattening/state, reduce's argument
# errors, cmp_to_key wrappers, partialmethod descriptors, the lru_cache wrapper type,
# total_ordering's generated methods and ABC-aware singledispatch.
import functools as F
import copy
from collections.abc import Sized, Iterable, Container


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


def f(*a, **k):
    return a, k


class P(F.partial):
    pass


print(repr(P(f, 1, x=2)).startswith('P(<function f'), type(P(f)).__name__)
show(lambda: F.partial())
show(lambda: F.partial(1))
show(lambda: F.partial(func=f))
q = F.partial(f, 1)
show(lambda: setattr(q, 'func', 2))
show(lambda: setattr(q, 'args', 2))
show(lambda: delattr(q, 'keywords'))
print(F.partial(q, 2).func is f, F.partial(q, 2).args)
q.tag = 3
print(q.__dict__, F.partial(q, 2).func is q)
r = F.partial(P(f, 1, x=2), 2, y=3)
print(r.func is f, r.args, r.keywords, type(r).__name__)
red = q.__reduce__()
print(red[0] is F.partial, red[1][0] is f, red[2][1:])
for bad in [1, (1, 2), (1, 2, 3, 4), (f, 2, 3, 4), (f, (), 3, 4)]:
    show(lambda: q.__setstate__(bad))
q.__setstate__((f, (1,), None, None))
print(q.args, q.keywords, q.__dict__, q(2, z=1))
print(repr(F.partial(F.partial, 1)))
p3 = F.partial(f)
p3.__setstate__((p3, (), None, None))
print(repr(p3))
print(F.partial(f, 'a', b=[1])('c', b=2), F.partial[int], F.partial(f, 1) == F.partial(f, 1))
print(copy.copy(F.partial(f, 5, k=6))())

show(lambda: F.reduce())
show(lambda: F.reduce(f))
show(lambda: F.reduce(f, [], 1, 2))
show(lambda: F.reduce(f, 1))
show(lambda: F.reduce(f, []))
show(lambda: F.reduce(f, [], initial=3))
print(F.reduce(lambda a, b: a + b, [1, 2, 3], 10), F.reduce(max, iter([3, 9, 2])), F.reduce(f, [], 'init'))

K = F.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__qualname__, K(1).obj, K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(3) != K(3))
show(lambda: K(1) < 1)
show(lambda: K(1) == 1)
show(lambda: K(1, 2))
print(sorted(['b', 'C', 'a'], key=F.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


class C:
    m = F.partialmethod(f, 1, k=2)
    s = F.partialmethod(staticmethod(f), 9)
    c = F.partialmethod(classmethod(f), 8)
    pm2 = F.partialmethod(m, 3)
    viap = F.partialmethod(F.partial(f, 'p'), 2)


o = C()
print(o.m(5)[1], o.m(5)[0][1:], C.s(1), C.c(2)[0][1:], o.pm2(4)[0][1:], o.pm2(4)[1])
print(o.viap(3)[0][0], o.viap(3)[0][2:])
print(type(C.m).__name__, type(o.m).__name__, type(o.s).__name__, C.m.__name__, C.m._partialmethod is C.__dict__['m'])
print(repr(C.__dict__['pm2']).startswith('functools.partialmethod(<function f'), repr(C.__dict__['pm2']).endswith(', 1, 3, k=2)'))
show(lambda: F.partialmethod(3))
show(lambda: F.partialmethod())
print(F.partialmethod(f, 1).__isabstractmethod__, F.partialmethod[int])


@F.lru_cache
def g(x, y=1):
    "doc"
    return x + y


print(g(1), g(1), g(1, y=1), g(y=1, x=1), g.cache_info(), g.cache_parameters())
print(g.__name__, g.__doc__, g.__wrapped__.__name__, type(g), list(g.__dict__))
print(copy.copy(g) is g, copy.deepcopy(g) is g, g.__reduce__())
show(lambda: F.lru_cache(maxsize='x'))
show(lambda: F.lru_cache(3)(4))
show(lambda: F.lru_cache(len, 3))
show(lambda: F.cache(3))
show(lambda: g([1]))
print(callable(F.lru_cache(maxsize=None, typed=3)))
h = F.lru_cache(maxsize=-5)(lambda x: x)
print(h(1), h(1), h.cache_info())


class E:
    @F.lru_cache(maxsize=2)
    def m(self, x):
        return x * 2


e = E()
print(e.m(3), e.m(3), E.m.cache_info(), E.m is E.__dict__['m'], type(e.m).__name__)


@F.lru_cache(typed=True)
def kind(x, *, y=0):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1, y=1), kind(1, y=1.0), kind.cache_info())


@F.lru_cache(maxsize=2)
def q2(x):
    print('compute', x)
    return x


for v in [1, 2, 1, 3, 2, 1]:
    q2(v)
print(q2.cache_info())
q2.cache_clear()
print(q2.cache_info())


@F.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())

for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    A = F.total_ordering(type('A', (), {root: lambda s, o: True}))
    for op in ['__lt__', '__le__', '__gt__', '__ge__']:
        if op != root:
            fn = getattr(A, op)
            print(root, fn.__name__, fn.__qualname__, fn.__doc__)
show(lambda: F.total_ordering(type('Z', (), {})))


@F.singledispatch
def describe(x):
    return 'object'


describe.register(Sized, lambda x: 'sized')
describe.register(Iterable, lambda x: 'iterable')


class OnlyLen:
    def __len__(self):
        return 0


class OnlyIter:
    def __iter__(self):
        return iter(())


class Both(OnlyLen, OnlyIter):
    pass


class BothMarked(Both):
    pass


Container.register(BothMarked)
print(describe(OnlyLen()), describe(OnlyIter()), describe(3))
show(lambda: describe(Both()))
describe.register(Both, lambda x: 'both')
print(describe(Both()), describe(BothMarked()))
show(lambda: describe([]))
print(sorted(t.__name__ for t in describe.registry))
show(lambda: describe())
show(lambda: describe.register(list[int], lambda x: 1))
show(lambda: describe.register(3))

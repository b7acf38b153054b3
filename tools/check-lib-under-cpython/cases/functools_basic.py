import functools as ft
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *, c=3):
    "doc of f"
    return (a, b, c)
p = ft.partial(f, 1, c=4)
print(p(), p(5), p(c=9), p.args, p.keywords, p.func is f, repr(p).replace(hex(id(f)), 'X'))
p2 = ft.partial(p, 7, c=1); print(p2.func is f, p2.args, p2.keywords, p2())
class P(ft.partial): pass
print(repr(P(f, 1)).replace(hex(id(f)), 'X'), type(P(p, 1).func))
show(ft.partial, 1)
print(ft.partial(max, 1).__reduce__()[1:3])
class C:
    def m(self, x, y): return (self.__class__.__name__, x, y)
    pm = ft.partialmethod(m, 1)
    spm = ft.partialmethod(staticmethod(lambda x, y: (x, y)), 5)
print(C().pm(2), C().spm(6), repr(C.__dict__['pm']).split(' at ')[0])
print(ft.reduce(lambda a, b: a * b, range(1, 6)), ft.reduce(lambda a, b: a + b, [], 0), ft.reduce(lambda a, b: b, [1], None))
show(ft.reduce, lambda a, b: a, [])
show(ft.reduce, lambda a, b: a, 3)
@ft.lru_cache(maxsize=2)
def sq(x):
    print('  compute', x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__, sq.__doc__)
sq.cache_clear(); print(sq.cache_info())
@ft.lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(60), fib.cache_info())
@ft.cache
def g(*a, **k): return len(a) + len(k)
print(g(1, 2), g(1, 2), g(1, x=1), g.cache_info())
t = ft.lru_cache(typed=True)(lambda x: type(x).__name__)
print(t(1), t(1.0), t(True), t.cache_info())
z = ft.lru_cache(0)(lambda x: x); z(1); z(1); print(z.cache_info())
show(ft.lru_cache, 'x')
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V.__gt__.__name__, V.__le__.__doc__)
try:
    @ft.total_ordering
    class W: pass
except ValueError as e: print(e)
k = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=k), sorted('bca', key=ft.cmp_to_key(lambda a, b: ord(b) - ord(a))))
show(lambda: k(1) < 2)
@ft.singledispatch
def fun(arg, verbose=False):
    return 'default ' + type(arg).__name__
@fun.register
def _(arg: int):
    return 'int %d' % arg
@fun.register(list)
def _(arg):
    return 'list %d' % len(arg)
@fun.register
def _(arg: 'float | complex'):
    return 'number'
print(fun('s'), fun(3), fun(True), fun([1, 2]), fun(1.5), fun(1j), fun.dispatch(bool).__name__, sorted(t.__name__ for t in fun.registry))
import collections.abc as cabc
@fun.register(cabc.Mapping)
def _(arg): return 'mapping'
print(fun({}), fun(collections_od) if (collections_od := __import__('collections').OrderedDict()) is not None else 0)
show(fun)
show(fun.register, 1, lambda x: x)
class D:
    @ft.singledispatchmethod
    def h(self, arg): return 'base'
    @h.register
    def _(self, arg: int): return 'int'
print(D().h('x'), D().h(1))
class E:
    @ft.cached_property
    def val(self):
        print('  computing')
        return 42
e = E(); print(e.val, e.val, e.__dict__)
def w(*a): return a
@ft.wraps(f)
def wrapper(*a): return f(*a)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is f, ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
print(sorted(ft.__all__))
import collections
pp = ft.partial(max)
for fn in [lambda: setattr(pp, 'func', 1), lambda: setattr(pp, 'args', ()), lambda: delattr(pp, 'keywords'), lambda: setattr(collections.deque(), 'maxlen', 3), lambda: delattr(collections.deque(), 'maxlen')]:
    show(fn)
pp.extra = 5; print(pp.extra, pp.__dict__)

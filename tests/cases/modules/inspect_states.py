# inspect generator and coroutine states and locals, getclosurevars, getfullargspec,
# getcallargs and its TypeError texts, CO_* flags.
import inspect
import types


def gen(n):
    total = 0
    for i in range(n):
        total += i
        print('  inside:', inspect.getgeneratorstate(g))
        yield total


g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g2 = gen(5)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
g3 = gen(5)
g3.close()
print(inspect.getgeneratorstate(g3))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print('TypeError:', e)


@types.coroutine
def suspend():
    yield 7


async def co(a):
    b = a + 1
    print('  inside:', inspect.getcoroutinestate(c))
    await suspend()
    return b


c = co(1)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c2 = co(5)
c2.close()
print(inspect.getcoroutinestate(c2))

G = 10


def make(x):
    y = 2

    def f(z):
        return x + y + z + G + len([]) + undefined_name
    return f


cv = inspect.getclosurevars(make(1))
print(cv, type(cv).__name__, cv.nonlocals, cv._fields)


class K:
    def m(self):
        return G + self.attr


print(inspect.getclosurevars(K().m))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError:', e)


def fa(a, b=1, *args, c, d=2, **kw) -> str:
    pass


print(inspect.getfullargspec(fa))
print(inspect.getfullargspec(K().m))
print(inspect.getfullargspec(lambda x, /, y=3: 0))
print(inspect.getfullargspec(K))
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError:', e, type(e.__cause__).__name__)
print(inspect.getcallargs(fa, 1, 2, 3, c=4, e=5))
print(list(inspect.getcallargs(K().m)))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {'c': 1}), ((1, 2), {'c': 1, 'b': 2}),
                     ((1,), {'c': 1, 'zz': 3}), ((1, 2), {})]:
    try:
        print(inspect.getcallargs(lambda a, b, *, c: 0, *args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
for func, args, kwargs in [(lambda a, b=1: 0, (1, 2, 3), {}), (lambda a: 0, (1, 2), {}),
                           (lambda: 0, (1,), {}), (lambda *, k: 0, (), {}),
                           (lambda a, b, c, d: 0, (1,), {}), (lambda a, *, k, j, l: 0, (1,), {'j': 2}),
                           (lambda a, *, k: 0, (1, 2), {'k': 3}), (lambda *, k, j: 0, (), {})]:
    try:
        print(inspect.getcallargs(func, *args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_NESTED,
      inspect.CO_GENERATOR, inspect.CO_NOFREE, inspect.CO_COROUTINE, inspect.CO_ITERABLE_COROUTINE,
      inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(co.__code__.co_flags & inspect.CO_COROUTINE),
      fa.__code__.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS),
      bool(make(1).__code__.co_flags & inspect.CO_NESTED))

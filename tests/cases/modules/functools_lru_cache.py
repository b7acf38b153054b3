# functools: lru_cache and cache (cache_info, cache_clear, cache_parameters, typed, maxsize None/0, bare use, errors).
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


print([square(i) for i in (1, 2, 3, 1, 4, 2, 1)], calls)
info = square.cache_info()
print(info, type(info).__name__, info.hits, info.misses, info.maxsize, info.currsize, tuple(info))
print(type(info).__module__, type(info)._fields, isinstance(info, tuple))
print(square.cache_parameters(), square.__wrapped__(9), square.__name__, square.__qualname__)
square.cache_clear()
print(square.cache_info())


@lru_cache
def bare(x):
    return [x]


print(bare(1) is bare(1), bare.cache_info(), bare.cache_parameters())


@lru_cache()
def called(x):
    return x


print(called(2), called.cache_parameters())


@lru_cache(maxsize=None)
def unbounded(x, *, k=0):
    return (x, k)


for a in (1, 2, 1, 2, 3):
    unbounded(a)
print(unbounded(1, k=1), unbounded(1, k=1), unbounded.cache_info(), unbounded.cache_parameters())


@lru_cache(maxsize=0)
def never(x):
    calls.append(("never", x))
    return x


never(1)
never(1)
print(never.cache_info(), calls[-2:])


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())


@lru_cache(typed=True)
def typed_fn(x):
    return type(x).__name__


print(typed_fn(1), typed_fn(1.0), typed_fn(True), typed_fn(1), typed_fn.cache_info(), typed_fn.cache_parameters())


@lru_cache
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


# Keyword order matters, positional vs keyword are different keys.
@lru_cache
def kw(a, b=2):
    return a + b


kw(1, 2)
kw(1, b=2)
kw(a=1, b=2)
kw(b=2, a=1)
kw(1, 2)
print(kw.cache_info())

# Unhashable arguments.
try:
    kw([1])
except TypeError as e:
    print(e)

# Errors of the decorator itself.
for bad in ("x", 1.5):
    try:
        lru_cache(bad)
    except TypeError as e:
        print(e)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)


# Methods and wrapper attributes.
class Calc:
    @lru_cache(maxsize=8)
    def double(self, x):
        """Double it."""
        return 2 * x

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Calc)


c1, c2 = Calc(), Calc()
print(c1.double(4), c2.double(4), Calc.double.cache_info(), Calc.double.__doc__, Calc.double.__qualname__)
print(callable(square), hasattr(square, "__dict__"), square.__module__)

# Recursion while filling the cache, and a cache_clear from inside.
@lru_cache(maxsize=2)
def reentrant(n):
    if n == 3:
        reentrant.cache_clear()
    return n if n < 1 else reentrant(n - 1) + 1


print(reentrant(5), reentrant.cache_info())

# copy/deepcopy return the cached function itself.
import copy
print(copy.copy(square) is square, copy.deepcopy(square) is square)

# functools: partial, reduce, lru_cache (cache_info), cache, total_ordering, wraps, cached_property, singledispatch, cmp_to_key.
import functools

p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.args, p.keywords, repr(functools.partial(max, 1)).startswith("functools.partial("))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(5), add3(5, c=0))
nested = functools.partial(functools.partial(pow, 2), 10)
print(nested(), nested.args)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)


@functools.lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * n


print(slow(2), slow(2), slow(3), slow(4), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(5))


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info().currsize)


@functools.lru_cache
def typed_default(x):
    return type(x).__name__


print(typed_default(1), typed_default(1.0), typed_default.cache_info().hits)


@functools.total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(Num(1) > Num(0), Num(1) >= Num(1), Num(2) <= Num(1))


class Box:
    def __init__(self):
        self.calls = 0

    @functools.cached_property
    def expensive(self):
        self.calls += 1
        return [1, 2, 3]


b = Box()
print(b.expensive is b.expensive, b.calls, "expensive" in vars(b))


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return f"list of {len(x)}"


print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__)
print(sorted(["b", "a", "c"], key=functools.cmp_to_key(lambda x, y: (x < y) - (x > y))))


def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)

    return inner


@deco
def documented(a):
    """Doc."""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
pm = functools.partialmethod


class Cell:
    def set_state(self, state):
        self.state = state

    set_alive = pm(set_state, True)


c = Cell()
c.set_alive()
print(c.state)

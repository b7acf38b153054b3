# Class-based decorators (__call__), decorators with state, partial-built decorators.
import functools


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def square(x):
    "Square it."
    return x * x


print(square(3), square(4), square.calls, square.__name__, square.__doc__)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


def logged(fn=None, *, prefix="LOG"):
    if fn is None:
        return functools.partial(logged, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(prefix, fn.__name__, a, k)
        return fn(*a, **k)

    return wrapper


@logged
def f(x):
    return x


@logged(prefix="DBG")
def g(x, y=0):
    return x + y


print(f(1), g(2, y=3))


class Decorator:
    def __init__(self, label):
        self.label = label

    def __call__(self, fn):
        def wrapper(*a):
            return (self.label, fn(*a))

        return wrapper


@Decorator("lbl")
def h(a):
    return a * 10


print(h(7))


def method_deco(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        return "wrapped:" + fn(self, *args)

    return wrapper


class Greeter:
    def __init__(self, name):
        self.name = name

    @method_deco
    def greet(self, other):
        return f"{self.name} greets {other}"


print(Greeter("ann").greet("bob"))
print(Greeter.greet.__qualname__)


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]

    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1) is Config(2), Config(3).v)

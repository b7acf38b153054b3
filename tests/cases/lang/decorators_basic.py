# Plain, stacked and argument-taking decorators; application and call order.
import functools

calls = []


def trace(fn):
    calls.append(f"decorating {fn.__name__}")

    def wrapper(*args, **kwargs):
        calls.append(f"call {fn.__name__}{args}{sorted(kwargs.items())}")
        return fn(*args, **kwargs)

    return wrapper


@trace
def add(a, b=2):
    return a + b


print(add(1), add(1, b=5), add.__name__)


def tag(name):
    print("tag factory", name)

    def deco(fn):
        print("tag applied", name)

        @functools.wraps(fn)
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"

        return wrapper

    return deco


@tag("b")
@tag("i")
def greet(who):
    """Greets."""
    return "hi " + who


print(greet("bob"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(greet.__wrapped__("x"))
print(calls)


def repeat(times):
    def outer(fn):
        def inner(*args):
            return [fn(*args) for _ in range(times)]

        return inner

    return outer


@repeat(3)
def hello(n):
    return n * 2


print(hello(4))


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn

    return deco


REG = {}


@register(REG)
def one():
    return 1


@register(REG)
def two():
    return 2


print(sorted(REG), REG["two"]())


def add_attr(cls):
    cls.extra = "added"
    return cls


@add_attr
class Plain:
    pass


print(Plain.extra)


# decorator expression can be any expression (PEP 614)
decos = {"t": trace}


@decos["t"]
def sub(a, b):
    return a - b


print(sub(5, 3))
print(calls[-1])

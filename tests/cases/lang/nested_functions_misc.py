# Nested function definitions, recursion through closures, default arguments referencing outer names, conditional defs.
def make_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result

    return fib, cache


fib, cache = make_fib()
print(fib(60), len(cache))
base = 10


def with_default(x, y=base):
    return x + y


base = 20
print(with_default(1), with_default.__defaults__)
flag = True
if flag:
    def chosen():
        return "first definition"
else:
    def chosen():
        return "second definition"
print(chosen())


def redefine():
    def f():
        return 1

    first = f

    def f():
        return 2

    return first(), f()


print(redefine())


def counter_gen():
    def inner():
        inner.calls += 1
        return inner.calls

    inner.calls = 0
    return inner


c = counter_gen()
c()
c()
print(c(), c.calls, c.__name__)


def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))


print(apply_n(lambda v: v * 2, 10)(1))


def outer():
    results = []
    for i in range(3):
        def capture(i=i):
            return i * i

        results.append(capture)
    return [f() for f in results]


print(outer())


def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d

            return l3

        return l2

    return l1


print(deep(1)(2)(3)(4), deep.__code__.co_cellvars, deep(1)(2).__code__.co_freevars)

# Generators: lazy evaluation, next, StopIteration, return value, exhaustion, state.
import collections.abc
import inspect


def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
    return "done"


g = gen()
print(type(g).__name__, isinstance(g, collections.abc.Generator), isinstance(g, collections.abc.Iterator))
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(inspect.getgeneratorstate(g))
print(next(g, "default"))

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(5)), sum(count_up(101)))
once = count_up(3)
print(list(once), list(once))
print(list(count_up(3)), list(count_up(3)))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


it = infinite()
print([next(it) for _ in range(5)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools

print(list(itertools.islice(fib(), 15)))


def with_break():
    for i in range(10):
        if i == 3:
            break
        if i == 1:
            continue
        yield i
    else:
        yield "no"
    yield "after"


print(list(with_break()))
print(gen.__name__, g.__name__, g.__qualname__)
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g))


def gen_return_only():
    return 5
    yield


try:
    next(gen_return_only())
except StopIteration as e:
    print("value", e.value)


def genexp_in_gen():
    yield from (x * 2 for x in range(3))


print(list(genexp_in_gen()))

def raises_inside():
    yield 1
    raise ValueError("inside gen")


r = raises_inside()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("caught", e)
print(next(r, "exhausted"))

# Generators driven by `for`, next(), send() and yield from: every way in and out of a
# generator frame, including the handled exception not leaking out of a suspended `except`.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print([x for x in count(5)], sum(count(10)))


def keep_even(values):
    for item in values:
        if item % 2 == 0:
            yield item


def squared(values):
    for item in values:
        yield item * item


print(list(squared(keep_even(count(12)))))
total = 0
for v in squared(keep_even(count(1000))):
    total += v
print(total)


# An exception raised inside propagates through the for loop with the generator finished.
def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at 2")
        yield i


g = boom(5)
try:
    for x in g:
        print("got", x)
except ValueError as e:
    print("caught", e, g.gi_frame, list(g))


# PEP 479: StopIteration inside becomes RuntimeError, with the original as its cause.
def leaky():
    yield 1
    raise StopIteration("inner")


try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


# Handlers and finally blocks inside the generator; breaking out leaves it suspended.
def guarded():
    try:
        yield "a"
        try:
            raise KeyError("k")
        except KeyError:
            yield "in except: " + repr(sys.exc_info()[1])
        yield "b"
    finally:
        print("finally ran")


for x in guarded():
    print(x)
    print("outside:", sys.exc_info())
gen = guarded()
for x in gen:
    print("first", x)
    break
print("suspended:", gen.gi_running, gen.gi_frame is not None)
del gen
print("after del")


# The generator sees itself running; re-entering it raises.
def selfish():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = selfish()
for x in me:
    print("selfish", x)


# sys._getframe / f_back inside an inline-resumed generator see the caller.
def where():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name


def caller():
    for pair in where():
        return pair


print(caller())


# Mixing for and next() on one generator; send() after for; yield from inside.
def inner():
    yield 1
    yield 2
    return 3


def outer():
    r = yield from inner()
    yield r
    got = yield "ready"
    yield "got %r" % (got,)


o = outer()
for x in o:
    print("outer", x)
    if x == "ready":
        print(o.send("hello"))
        break
print(next(o, "exhausted"))
mixed = count(6)
for x in mixed:
    print("mixed", x, next(mixed))
print([x for x in (y * 2 for y in count(4))])

# throw() and close(): GeneratorExit, finally blocks, RuntimeError when ignoring GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.send(2)
w.close()
print("closed again:", w.close())

try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(u))


def fresh_throw():
    print("never runs")
    yield


f = fresh_throw()
try:
    f.throw(RuntimeError, "msg")
except RuntimeError as e:
    print("fresh throw:", e)


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "nope"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


r = returns_on_close()
next(r)
r.close()
never_started = returns_on_close()
never_started.close()
print("close on fresh is quiet")


def catch_and_yield_value():
    try:
        yield 1
    except ZeroDivisionError:
        yield "after zde"
    yield "last"


c = catch_and_yield_value()
next(c)
print(c.throw(ZeroDivisionError))
print(next(c))


def stop_iteration_inside():
    yield 1
    raise StopIteration("converted")


try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

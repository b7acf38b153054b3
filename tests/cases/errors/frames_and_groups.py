# Frames (sys._getframe, f_back, f_code, f_lineno, f_locals snapshots, f_globals, f_builtins,
# generator/coroutine frames), exception groups and except*, notes, hooks.
import sys


def outer():
    return inner()


def inner():
    here = sys._getframe()
    caller = sys._getframe(1)
    return (here.f_code.co_name, caller.f_code.co_name, here.f_back is caller,
            here.f_lineno, caller.f_lineno, here.f_globals is globals(),
            here.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(here.f_builtins).__name__)


print(outer())


def snapshot():
    a = 1
    frame = sys._getframe()
    first = frame.f_locals
    b = 2
    print(sorted(first), sorted(frame.f_locals), first is frame.f_locals)
    first["a"] = 100
    print(a)


snapshot()
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def gen():
    x = yield 1
    yield x


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_running)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
g.send(5)
g.close()
print(g.gi_frame)


async def coro():
    return 1


c = coro()
print(c.cr_frame.f_code.co_name, c.cr_running, c.cr_await)
c.close()
print(c.cr_frame)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("values:", repr(eg), eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others:", repr(eg))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [OSError("b")])])
    except* OSError as eg:
        print("os:", repr(eg))
        raise RuntimeError("from handler")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

eg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(eg).__name__, repr(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyboardInterrupt))))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    raise TypeError("bad")
except* TypeError as eg:
    print("naked:", repr(eg))

err = ValueError("with notes")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
try:
    err.add_note(3)
except TypeError as e:
    print("TypeError:", e)


def hook(kind, value, tb):
    print("excepthook:", kind.__name__, value, tb is not None)


def unraisable(info):
    print("unraisable:", type(info.exc_value).__name__, info.exc_value, info.object is not None)


sys.unraisablehook = unraisable


class Finalized:
    def __del__(self):
        raise RuntimeError("in __del__")


Finalized()
print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
raise LookupError("uncaught, handled by the hook")

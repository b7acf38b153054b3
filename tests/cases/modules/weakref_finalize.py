# weakref.finalize: call once, detach, peek, alive, atexit, repr, and the run at exit.
import gc
import weakref
from weaktools import mask


class Res:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Res({self.name})"


log = []


def cleanup(*args, **kwargs):
    log.append((args, sorted(kwargs.items())))
    return "cleaned"


r = Res("a")
f = weakref.finalize(r, cleanup, 1, 2, key="v")
print(f.alive, f.atexit, mask(repr(f)))
info = f.peek()
print(info[0] is r, info[1] is cleanup, info[2], info[3])
print(f(), f.alive, f(), log, mask(repr(f)))
print(f.peek(), f.detach(), f.atexit)
del r
print(log)

# finalizer runs when the object dies, with the given arguments
log.clear()
r = Res("b")
f = weakref.finalize(r, cleanup, "b-arg")
del r
print(log, f.alive, f.peek(), f())

# detach: never runs afterwards
log.clear()
r = Res("c")
f = weakref.finalize(r, cleanup, "c-arg")
obj, func, args, kwargs = f.detach()
print(obj is r, func is cleanup, args, kwargs, f.alive, f.detach())
del r, obj
print(log)

# a finalizer keeps working when nobody holds it
log.clear()
r = Res("d")
weakref.finalize(r, cleanup, "unheld")
del r
print(log)

# cycles are finalized by the collector
log.clear()
r = Res("e")
r.me = r
weakref.finalize(r, cleanup, "cycle")
del r
gc.collect()
print(log)

# a finalizer whose func references the object would keep it alive: use a bound
# method of another object instead
class Holder:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


h = Holder()
owner = Res("owner")
weakref.finalize(owner, h.close)
del owner
print(h.closed)

# atexit attribute
r = Res("f")
f = weakref.finalize(r, cleanup)
f.atexit = 0
print(f.atexit, type(f.atexit).__name__)
f.atexit = "yes"
print(f.atexit)
f()
f.atexit = True
print(f.atexit)

# errors
for args in [(5, print), ("s", print), ((), print)]:
    try:
        weakref.finalize(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.finalize(Res("x"))
except TypeError as e:
    print(type(e).__name__)
print(weakref.finalize.__slots__, hasattr(weakref.finalize(Res("y"), print), "__dict__"))

# pending finalizers run at exit, newest first; atexit=False ones do not
keep = [Res(n) for n in ("x1", "x2", "x3", "x4")]
weakref.finalize(keep[0], print, "exit: x1")
weakref.finalize(keep[1], print, "exit: x2", "with", "args", sep="-")
skipped = weakref.finalize(keep[2], print, "exit: x3 (should not run)")
skipped.atexit = False


def late():
    print("exit: x4, creating another")
    weakref.finalize(keep[0], print, "exit: created during exit")


weakref.finalize(keep[3], late)
print("end of main")

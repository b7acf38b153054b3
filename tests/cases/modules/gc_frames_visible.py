# Every frame object gc can hand out (gc.get_objects, gc.get_referrers) is a real frame with
# a code object and a line number, also after many calls have finished and left their
# frames for reuse.
import gc
import types


def add(a, b):
    return a + b


def nested(n):
    return add(n, 1) if n < 3 else nested(n - 1)


for i in range(10):
    nested(i)


def check(objects):
    frames = [o for o in objects if isinstance(o, types.FrameType)]
    ok = all(repr(f).startswith("<frame at ") and isinstance(f.f_code, types.CodeType)
             and isinstance(f.f_lineno, int) for f in frames)
    return ok


print(check(gc.get_objects()))
print(check(gc.get_referrers(None)))
print(check(gc.get_referrers(globals())))
print(check(gc.get_referrers(add.__code__)))

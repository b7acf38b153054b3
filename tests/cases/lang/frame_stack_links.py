# Frame links across inline calls: sys._getframe, f_back of running and finished frames,
# tracebacks through nested calls, __init__'s return check, and generator frames.
import sys


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def leaf():
    return sys._getframe()


def middle():
    f = leaf()
    print("leaf back while middle runs:", names(f)[:3])
    return f


def outer():
    return middle()


kept = outer()
print("finished leaf chain:", names(kept)[:3])
print("depth-1 frame:", (lambda: sys._getframe(1).f_code.co_name)())


def fail(n):
    if n == 0:
        raise ValueError("deep")
    return fail(n - 1)


try:
    fail(3)
except ValueError as e:
    tb = e.__traceback__
    seen = []
    while tb is not None:
        seen.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("traceback:", seen)
    print("last frame back chain:", names(e.__traceback__.tb_next.tb_next.tb_frame)[:4])


class Bad:
    def __init__(self):
        return 5


def make_bad():
    return Bad()


try:
    make_bad()
except TypeError as e:
    print("TypeError:", e)
    print("raised in:", e.__traceback__.tb_next.tb_frame.f_code.co_name)


class Good:
    def __init__(self, x):
        self.x = x
        self.frame_back = sys._getframe().f_back.f_code.co_name


def build():
    return Good(7)


g = build()
print("init caller:", g.frame_back, g.x)


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def consume():
    return [x for x in gen()]


print("generator callers:", consume())
it = gen()
print("next from module:", next(it))


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)
print("after recursion:", names(sys._getframe()))

# A frame object that outlives its call keeps its caller as f_back (sys._getframe result,
# traceback frames), also when the call ran inline in the caller's eval loop.
import sys


def g():
    return sys._getframe()


def f():
    return g()


fr = f()
print(fr.f_code.co_name, fr.f_back.f_code.co_name if fr.f_back else None)


def h():
    1 / 0


try:
    f2 = lambda: h()
    f2()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        last = tb
        tb = tb.tb_next
    print(names, last.tb_frame.f_back.f_code.co_name)


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)


try:
    deep(5)
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback entries", depth)


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys._getframe().f_back)

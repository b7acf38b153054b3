# While a call runs, an argument passed from the caller's stack is referenced by the callee's
# parameter only (the frame takes the caller's reference, as CPython's does).
import sys

v = float("0.3")
name = v


def fun(arg):
    return sys.getrefcount(arg)


def two(a, b):
    return sys.getrefcount(a)


before = sys.getrefcount(v)
print("during call:", fun(name) - before)
print("two args, same object:", two(name, name) - before)
print("after call:", sys.getrefcount(v) - before)


class C:
    def m(self, x):
        return sys.getrefcount(x)


print("method call:", C().m(name) - before)
print("after all:", sys.getrefcount(v) - before)

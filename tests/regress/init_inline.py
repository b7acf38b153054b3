# Instances of plain classes are made with __init__ run inline in the caller's loop: the
# call's value is the instance, __init__ returning something else is a TypeError, errors in
# __init__ propagate with their traceback, and the general path still serves the rest.
import sys
import traceback


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.rc = sys.getrefcount(self)


p = P(1, 2)
print(type(p).__name__, p.x, p.y, p.rc)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


class Boom:
    def __init__(self, n):
        if n > 2:
            raise ValueError(n)
        self.child = Boom(n + 1)


try:
    Boom(0)
except ValueError as e:
    print("ValueError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


class Defaults:
    def __init__(self, a, b=5):
        self.t = (a, b)


print(Defaults(1).t, Defaults(1, 2).t)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(3).v)


class New:
    def __new__(cls, v):
        print("New.__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(New(4).v)

import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        pass


try:
    Abstract()
except TypeError as e:
    print(e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print(e)


class Tracked:
    count = 0

    def __init__(self):
        Tracked.count += 1

    def __del__(self):
        print("del Tracked")


Tracked()
print("after", Tracked.count)

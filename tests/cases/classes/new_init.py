# __new__ then __init__; __init__ skipped when __new__ returns another type; immutable subclasses.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, value):
        print("__init__", value)
        self.value = value


t = Traced(5)
print(t.value)


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__ called with", kind)


print(type(Factory("self")).__name__)
print(type(Factory("other")).__name__)


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(1, 2)
print(p, p.x, type(p).__name__)


class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)


print(PositiveInt(5) + 1, type(PositiveInt(5) + 1).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print(e)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object()  .x = 1
except AttributeError as e:
    print(e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(e)

# abc.ABC and abstractmethod, abstract properties, register, __subclasshook__, collections.abc checks.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: {self.area()}"


try:
    Shape()
except TypeError as e:
    print(e)


class Partial(Shape):
    def area(self):
        return 1


try:
    Partial()
except TypeError as e:
    print(e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Mallard:
    def quack(self):
        pass


print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))


class Registered(ABC):
    pass


Registered.register(tuple)
print(issubclass(tuple, Registered), isinstance((1,), Registered), issubclass(list, Registered))


class MyIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(MyIter(), cabc.Iterator), isinstance([], cabc.Iterator), isinstance([], cabc.Iterable))
print(isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance((), cabc.Sequence))
print(isinstance("", cabc.Sequence), isinstance(set(), cabc.Set), isinstance(len, cabc.Callable))
print(isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(range(3), cabc.Sized))
print(issubclass(dict, cabc.Container), isinstance({}.keys(), cabc.KeysView), isinstance(b"", cabc.ByteString))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2)
print(list(s), s.index(3), s.count(2), 2 in s, list(reversed(s)))


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z", 0), list(m.keys()), list(m.items()), m == {"a": 1, "b": 2}, "b" in m)
try:
    class Incomplete(cabc.Sequence):
        pass

    Incomplete()
except TypeError as e:
    print(e)

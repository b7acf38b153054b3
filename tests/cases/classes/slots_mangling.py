# __slots__ basics and name mangling of __private names.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(e)
try:
    s.y
except AttributeError as e:
    print(e)
s.y = 2
print(s.y, type(Slotted.x).__name__)
del s.x
print(hasattr(s, "x"))


class SlottedChild(Slotted):
    pass


c = SlottedChild(5)
c.anything = "child has __dict__"
print(c.anything, c.__dict__)


class SlotsWithDict:
    __slots__ = ("a", "__dict__")


w = SlotsWithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
import sys

print(sys.getsizeof(Slotted(1)) < sys.getsizeof(SlottedChild(1)) + sys.getsizeof(c.__dict__))


class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "convention only"

    def __secret(self):
        return "secret"

    def reveal(self):
        return self.__secret(), self.__balance


a = Account()
print(a.reveal(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print(e)
print(a._Account__balance, a._Account__secret(), sorted(vars(a)))


class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"


sb = Sub()
print(sorted(vars(sb)), sb.reveal())


class __Dunder__:
    __not_mangled__ = 1
    __mangled = 2


print(sorted(k for k in vars(__Dunder__) if "mangled" in k))


class _Leading:
    def m(self):
        self.__x = 1
        return list(vars(self))


print(_Leading().m())

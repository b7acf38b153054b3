# The type attribute cache: every change to a class namespace or MRO is seen by the next
# lookup, and values replaced in a namespace are really released.
class Base:
    x = 1

    def m(self):
        return "Base.m"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.x, c.m(), Child.x)
Base.x = 2
print(c.x, Child.x)
Child.x = 3
print(c.x, Base.x)
del Child.x
print(c.x)
Base.m = lambda self: "new m"
print(c.m())
del Base.m
try:
    c.m()
except AttributeError as e:
    print("AttributeError:", e)


class Holder:
    pass


class Value:
    def __del__(self):
        print("Value freed")


Holder.v = Value()
print(type(Holder.v).__name__, type(Holder().v).__name__)
Holder.v = None
print("after rebinding:", Holder.v)


class A:
    a: int = 1


print(A.__annotations__)
A.__annotations__ = {"b": str}
print(A.__annotations__)
del A.__annotations__
print(A.__annotations__)


def make():
    class T:
        y = [1, 2]

    return T


for i in range(3):
    T = make()
    print(T.y, T().y)
    del T

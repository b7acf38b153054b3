# property (getter/setter/deleter), data vs non-data descriptors, __set_name__, lookup precedence.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Degrees C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"), Temperature.celsius.__doc__, type(Temperature.celsius).__name__)


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("__set_name__", owner.__name__, name)

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Al", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr)


class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"

    def __set__(self, obj, v):
        pass


class Holder2:
    attr = DataDesc()


h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
prop = property(lambda self: 42)


class UsesProp:
    answer = prop


print(UsesProp().answer, prop.fget(None), prop.fset)

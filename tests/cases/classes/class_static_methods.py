# classmethod and staticmethod: binding, alternative constructors, inheritance, calling styles.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-01-15"), MyDate.from_string("1999-12-31"))
print(Date.is_valid("2024-01-01"), Date("1", "2", "3").is_valid("x"))
print(Date.count, MyDate.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.from_string.__self__ is Date, type(Date.from_string).__name__, type(Date.is_valid).__name__)
bound = Date(1, 1, 1).from_string
print(bound.__self__.__name__, bound.__func__.__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Holder:
    size = sm
    name = cm


print(Holder.size("abc"), Holder().name(), Holder.name())


class Counter:
    instances = []

    def __init__(self):
        Counter.instances.append(self)

    @classmethod
    def how_many(cls):
        return len(cls.instances)


Counter()
Counter()
print(Counter.how_many())
obj = Date(2000, 1, 1)
m = obj.__repr__
print(m(), m.__self__ is obj, m.__func__ is Date.__repr__, Date.__repr__(obj))
print(obj.__init__.__name__, Date.__init__.__qualname__)

# Builtins at their edges: hasattr only swallows AttributeError, union types, __reversed__, __len__ overflow, custom numeric hooks.
import sys


class Prop:
    @property
    def boom(self):
        raise ValueError("property raised ValueError")

    @property
    def missing(self):
        raise AttributeError("really missing")


p = Prop()
print(hasattr(p, "missing"), getattr(p, "missing", "default"))
try:
    hasattr(p, "boom")
except ValueError as e:
    print("hasattr propagated:", e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), repr(int | None), (int | str).__args__)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)


class Rev:
    def __reversed__(self):
        return iter("zyx")

    def __iter__(self):
        return iter("xyz")


print(list(reversed(Rev())), list(Rev()))


class Huge:
    def __len__(self):
        return sys.maxsize + 1


try:
    len(Huge())
except OverflowError as e:
    print(e)


class Num:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return Num(abs(self.v))

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)

    def __rpow__(self, base):
        return ("rpow", base, self.v)

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Num({self.v})"


n = Num(-4)
print(abs(n), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5), 2 ** n, hex(Num(255)), "ab" * Num(2), [1, 2, 3][Num(1)])
print(enumerate("ab", 10 ** 20).__next__(), list(zip(range(2), count := iter(range(100)))), next(count))
print(max("abc", "abd", key=lambda s: s[-1]), min([3, 1, 2], default=None), sorted([], key=len), sum((1.5, 2.5), 0.5))
print(all(x for x in []), any(iter([])), list(map(pow, [2, 3], [3, 2], [5, 5])), divmod(True, 2))
print(vars() is globals(), callable(type), callable(Num(1)), type(print).__name__, print.__name__, print.__module__ if hasattr(print, "__module__") else None)


def inside():
    local = 1
    return sorted(vars()), sorted(locals())


print(inside())
print(getattr(__builtins__, "len") is len, "len" in dir(__builtins__), __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
import builtins

print(builtins.print is print, sorted(n for n in ("abs", "zip", "open", "input", "exec") if hasattr(builtins, n)))
builtins.custom_global = "added to builtins"
print(custom_global)
print(object.__init__(Num(1)) is None, object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))

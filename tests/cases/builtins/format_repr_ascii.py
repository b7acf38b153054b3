# format(), repr(), ascii(), str(), hash and id (stable uses only), __format__ on user classes.
print(format(42), format(42, "x"), format(3.14159, ".2f"), format("s", ">4"), format([1], ""), format(None))
print(repr("x"), repr(1), repr(1.0), repr([1, "a"]), repr((1,)), repr({1: "a"}), repr(b"\x00"), repr(None))
print(ascii("héllo"), ascii(["é"]), ascii("plain"), ascii(b"x"), ascii("\n"), ascii("日本"))
try:
    format([1], "x")
except TypeError as e:
    print(e)
try:
    format(object(), "d")
except TypeError as e:
    print(e)


class F:
    def __format__(self, spec):
        return "F[" + spec + "]"


print(format(F(), "abc"), f"{F():zz}", "{:q}".format(F()))


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    format(BadFormat())
except TypeError as e:
    print(e)
a, b = object(), object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, hash(a) == hash(a))
x = [1]
y = x
print(id(x) == id(y), x is y, id(x) == id([1]) if False else "skip")
print(hash(42), hash("s") == hash("s"), hash(3.0) == hash(3), hash(()) == hash(()), type(hash("x")).__name__)
print(str(42), str(-0.0), str("s"), str(b"b"), str([1, 2]), str({"a"}), str(str), str(1e-10))
print(repr(repr), repr(str.upper).startswith("<method 'upper' of 'str' objects"), repr(int.__add__))

# Built-in type constructors with unusual arguments and their errors.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(int("10", base=2), int(x="5") if False else int("5"), float(" 1e3\n"), str(object=5), bool(x=[]) if False else bool([]))
print(list({"a": 1}.items()), tuple(x for x in "ab"), dict(a=1).items(), set((1, 2, 2)), frozenset("aa"))
print(type(object()).__name__, object().__class__.__name__, object.__bases__, object.__doc__[:22])
try:
    object(1)
except TypeError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
try:
    list([1], [2])
except TypeError as e:
    print(e)
try:
    int("5", 10, 3)
except TypeError as e:
    print(e)
try:
    int(5, base=10)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    str(b"x", "no-codec")
except LookupError as e:
    print(e)
try:
    bool(1, 2)
except TypeError as e:
    print(e)


class WithInt:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3

    def __complex__(self):
        return 1j


w = WithInt()
print(int(w), float(w), complex(w), [0, 1, 2, 3][w], bin(w), range(w))


print(int("  -  5".replace(" ", "")), float("-.5"), float("1."), float("+inf"), float("-nan") != float("-nan"))
print(list(range(3)) == [0, 1, 2], tuple([1]) == (1,), str(1.0), str(10 ** 20), str(1e20), str(0.1 + 0.7))
print(bytes("abc", "ascii"), bytes("é", encoding="latin-1"), bytearray(b"a").__class__.__name__)
print(memoryview(b"ab").tolist(), slice(3), type(range(1)), property().__class__.__name__)

# sys.getsizeof and __sizeof__ of the core types: CPython 3.11's 64-bit figures, the GC
# pre-header (16 bytes for GC types, 16 more for a managed instance dict), subclasses.
import sys

g = sys.getsizeof


def show(label, x):
    # getsizeof, the type's own __sizeof__, and the generic object.__sizeof__
    print(label, g(x), type(x).__sizeof__(x), object.__sizeof__(x))


print("-- ints")
for v in [0, 1, -1, 7, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**63, -(2**63), 2**90, -(2**120), 10**100]:
    show("int", v)
show("True", True)
show("False", False)

print("-- floats, complex, singletons")
show("float", 1.5)
show("float", -0.0)
show("complex", 1j)
show("complex", complex(2, -3))
show("None", None)
show("Ellipsis", ...)
show("NotImplemented", NotImplemented)

print("-- str by kind")
for s in ["", "a", "ab", "x" * 100, "\xe9", "\xe9t\xe9", "\xff" * 10, "\u20ac", "a\u20ac",
          "\u20ac" * 7, "\U0001F600", "a\U0001F600", "\U0001F600" * 5, "\x7f", "\x80"]:
    print(ascii(s)[:20], g(s), s.__sizeof__(), object.__sizeof__(s))

print("-- bytes, bytearray")
for b in [b"", b"a", b"abc", b"x" * 100]:
    show("bytes %d" % len(b), b)
for b in [bytearray(), bytearray(b"abc"), bytearray(10), bytearray(b"x" * 100)]:
    show("bytearray %d" % len(b), b)
ba = bytearray()
out = []
for i in range(20):
    ba.append(i)
    out.append(g(ba))
print("bytearray appends", out)

print("-- tuple, range, slice")
for t in [(), (1,), (1, 2, 3), tuple(range(10)), tuple(range(100))]:
    show("tuple %d" % len(t), t)
show("range", range(10))
show("range", range(-5, 10**20, 3))
show("slice", slice(1, 2))
show("slice", slice(None))

print("-- functions and classes")


def f(a, b=1, *c, **d):
    return a


show("function", f)
show("lambda", lambda: 0)
show("builtin", len)
show("bound builtin", [].append)


class Plain:
    pass


class WithInit:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return self.x


class Slots2:
    __slots__ = ("a", "b")


class Slots0:
    __slots__ = ()


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SubPlain(Plain):
    pass


class SubPlainSlots(Plain):
    __slots__ = ("q",)


class SubSlots(Slots2):
    __slots__ = ("c",)


class SubSlotsDict(Slots2):
    pass


for cls in [Plain, WithInit, Slots2, Slots0, SlotsDict, SlotsWeak, SubPlain, SubPlainSlots, SubSlots, SubSlotsDict]:
    o = cls()
    print(cls.__name__, g(o), o.__sizeof__(), object.__sizeof__(o), "type:", g(cls), type.__sizeof__(cls))
show("bound method", WithInit().m)
show("staticmethod", staticmethod(f))
show("classmethod", classmethod(f))
show("property", property())
show("object()", object())

print("-- subclasses of builtins")


class I(int):
    pass


class ISlots(int):
    __slots__ = ()


class F(float):
    pass


class C(complex):
    pass


class S(str):
    pass


class SSlots(str):
    __slots__ = ()


class B(bytes):
    pass


class BA(bytearray):
    pass


class T(tuple):
    pass


class L(list):
    pass


class LSlots(list):
    __slots__ = ("a",)


class D(dict):
    pass


class St(set):
    pass


class FS(frozenset):
    pass


class E(Exception):
    pass


for v in [I(0), I(5), I(-(2**40)), ISlots(3), F(1.0), C(1j), S(""), S("abc"), S("\xe9"), S("\u20ac"),
          S("\U0001F600" * 3), SSlots("ab"), B(b""), B(b"abc"), BA(), BA(b"abc"), T(), T((1, 2, 3)),
          L(), L([1, 2, 3]), LSlots([1]), D(), D(a=1), St(), St({1}), FS(), E()]:
    print(type(v).__name__, g(v), type(v).__sizeof__(v), object.__sizeof__(v))

print("-- types, modules, generators, exceptions, iterators")
for tp in [int, type, object, list, E, I, Slots2]:
    print(tp.__name__, g(tp), type(tp).__sizeof__(tp), object.__sizeof__(tp))


class Meta(type):
    pass


X = Meta("X", (), {})
print("Meta instance", g(X), type.__sizeof__(X))
show("module", sys)


def gen0():
    yield 1


def gen1(a, b):
    c = a + b
    yield c
    yield (a, b, c, [a, b, c])


def gen2(a, *args, k=1, **kw):
    def inner():
        return a
    for i in range(3):
        yield [a, args, k, kw, inner, [1, 2, 3, {4: 5}]]


async def coro():
    pass


async def agen():
    yield 1


for gobj in [gen0(), gen1(1, 2), gen2(1)]:
    print(type(gobj).__name__, g(gobj), gobj.__sizeof__())
c = coro()
print("coroutine", g(c), c.__sizeof__())
c.close()
a = agen()
print("async_generator", g(a), a.__sizeof__())
for e in [BaseException(), Exception("a", "b"), ValueError(), KeyError("k"), StopIteration(1), OSError(), FileNotFoundError(),
          ImportError(), ModuleNotFoundError(), SyntaxError(), IndentationError(), AttributeError(), NameError(),
          UnboundLocalError(), SystemExit(), UnicodeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x")]:
    print(type(e).__name__, g(e), e.__sizeof__())
for it in [iter([]), iter(()), iter(""), iter("\xe9"), iter(b""), iter({}), iter({}.items()), iter(set()), iter(range(3)),
           reversed([]), reversed(range(3)), enumerate([]), zip(), map(f, []), filter(None, []), {}.keys(), {}.values()]:
    print(type(it).__name__, g(it), it.__sizeof__())

print("-- which types define __sizeof__")
for tp in [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, type,
           type(f), BaseException]:
    print(tp.__name__, "__sizeof__" in tp.__dict__)
print(object.__sizeof__(0), object.__sizeof__(-5), object.__sizeof__(2**31), object.__sizeof__(-(2**40)))
print(int.__sizeof__(True), bool.__sizeof__(False), str.__sizeof__("\xe9"), bytes.__sizeof__(b"abc"),
      tuple.__sizeof__((1, 2)), set.__sizeof__({1}), frozenset.__sizeof__(frozenset()), dict.__sizeof__({1: 2}),
      list.__sizeof__([1]), bytearray.__sizeof__(bytearray(b"ab")), type.__sizeof__(int))

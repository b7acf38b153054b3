# memoryview.release, the context manager, released views, equality and hashing.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = memoryview(b"abc")
print(m.release(), m.release())
for name in ["tobytes", "tolist", "hex", "toreadonly", "__enter__"]:
    attempt(lambda: getattr(m, name)())
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    attempt(lambda: getattr(m, name))
attempt(lambda: m.cast("B"))
attempt(lambda: m[0])
attempt(lambda: m[0:1])
attempt(lambda: len(m))
attempt(lambda: list(m))
attempt(lambda: hash(m))
attempt(lambda: m == m)
attempt(lambda: m != m)
attempt(lambda: m == b"abc")
attempt(lambda: m == memoryview(b"abc"))
attempt(lambda: memoryview(b"abc") == m)
attempt(lambda: bytes(m))
attempt(lambda: bytearray(m))
attempt(lambda: memoryview(m))
attempt(lambda: b"".join([m]))
attempt(lambda: b"x" + m)
attempt(lambda: m.__exit__(None, None, None))


def store():
    m[0] = 1


attempt(store)
print(repr(m)[:18])

# the context manager
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tolist(), cm.readonly)
attempt(lambda: cm.tolist())
with memoryview(b"xy") as a, memoryview(a) as b:
    print(b.obj, a == b)
attempt(lambda: a[0])
attempt(lambda: b[0])
try:
    with memoryview(b"boom") as cm2:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, repr(cm2)[:10])
attempt(lambda: cm.__enter__())

# iterating over a view that gets released
v = memoryview(b"abc")
it = iter(v)
print(next(it))
v.release()
attempt(lambda: next(it))

# a hash computed before the release is kept
h = memoryview(b"hashme")
hv = hash(h)
h.release()
print(hash(h) == hv)

# hashing
print(hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(memoryview(b"xabcx")[1:4]) == hash(b"abc"))
print(hash(memoryview(b"a-b-c")[::2]) == hash(b"abc"))
print(hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
print(hash(memoryview(b"abc").cast("b")) == hash(b"abc"))
attempt(lambda: hash(memoryview(bytearray(b"abc"))))
attempt(lambda: hash(memoryview(bytearray(b"abc")).toreadonly()))
attempt(lambda: hash(memoryview(b"abcd").cast("H")))
print({memoryview(b"k"): 1}[memoryview(b"k")])
print(hash(memoryview(b"ab").cast("B", (1, 2))) == hash(b"ab"))

# equality
e = memoryview(b"abc")
for other in [b"abc", b"abd", bytearray(b"abc"), memoryview(b"abc"), e[:], e[:2],
              "abc", 1, [97, 98, 99], memoryview(b"aXbXc")[::2],
              memoryview(b"abc").cast("c"), memoryview(b"abc").cast("b"),
              memoryview(b"abc").cast("B", (1, 3))]:
    print(repr(other)[:12], e == other, e != other)
print(b"abc" == e, bytearray(b"abc") == e, bytearray(b"abc") != e)
attempt(lambda: e < e)
attempt(lambda: e <= b"abc")
attempt(lambda: b"a" < e)
attempt(lambda: bytearray(b"a") < e)
attempt(lambda: e > bytearray(b"a"))
print(e.__eq__(1), e.__lt__(e), e.__eq__(b"abc"))
print(memoryview(b"\xff").cast("b") == b"\xff", memoryview(b"\x7f").cast("b") == b"\x7f")
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00").cast("h"))
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x00\x00\x80\x3f").cast("f"))
print(memoryview(b"\x01").cast("?") == memoryview(b"\x01").cast("B"))
print(memoryview(b"\x00\x00\xc0\x7f").cast("f") == memoryview(b"\x00\x00\xc0\x7f").cast("f"))
print(memoryview(b"\x00\x00\x00\x80").cast("f") == memoryview(b"\x00\x00\x00\x00").cast("f"))
print(memoryview(b"").cast("B") == memoryview(b"").cast("c"))
print(memoryview(bytes(6)).cast("B", (2, 3)) == memoryview(bytes(6)).cast("B", (3, 2)))
print(memoryview(bytes(6)).cast("B", (2, 3)) == bytes(6))
print(memoryview(bytes(range(6))).cast("B", (2, 3))[::-1] == memoryview(bytes([3, 4, 5, 0, 1, 2])).cast("B", (2, 3)))

# one managed buffer holds the exporter for all the views derived from one memoryview()
import sys
ba = bytearray(b"abc")
base = sys.getrefcount(ba)
m = memoryview(ba)
print(sys.getrefcount(ba) - base)
m2 = m[1:]
m3 = memoryview(m)
m4 = m.cast("c")
print(sys.getrefcount(ba) - base)
m.release()
m2.release()
m3.release()
print(sys.getrefcount(ba) - base)
m4.release()
print(sys.getrefcount(ba) - base)
n = memoryview(ba)
before = sys.getrefcount(n)
it = iter(n)
print(sys.getrefcount(n) - before)

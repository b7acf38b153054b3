# Writing through memoryviews: items, slices, read-only views, errors.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ba = bytearray(b"abcdef")
m = memoryview(ba)


def setitem(key, value, view=None):
    def f():
        (m if view is None else view)[key] = value
        return ba
    attempt(f)


setitem(0, 65)
setitem(-1, 70)
setitem(1, True)
setitem(6, 1)
setitem(-7, 1)
setitem(0, 256)
setitem(0, -1)
setitem(0, "a")
setitem(0, 1.5)
setitem(0, b"a")
setitem(0, None)
setitem("x", 1)
setitem(..., 1)
setitem((), 1)
setitem((0,), 66)
setitem((0, 0), 1)
setitem(slice(0, 2), b"xy")
setitem(slice(0, 2), b"xyz")
setitem(slice(0, 2), b"x")
setitem(slice(None, None, 2), b"123")
setitem(slice(None, None, -1), bytearray(b"uvwxyz"))
setitem(slice(1, 3), memoryview(b"PQRS")[1:3])
setitem(slice(1, 3), memoryview(b"PQRS")[::2])
setitem(slice(0, 0), b"")
setitem(slice(4, 1), b"")
setitem(slice(0, 2), [1, 2])
setitem(slice(0, 2), "ab")
setitem(slice(0, 2), 5)
setitem(slice(0, 2), memoryview(b"abcd").cast("H")[:1])
setitem(slice(0, 2), memoryview(b"ab").cast("c"))
setitem(slice(0, 2), memoryview(b"ab").cast("B", (1, 2)))
setitem(slice(0, 2, 0), b"ab")
# overlapping copies within one buffer
setitem(slice(1, 4), m[0:3])
setitem(slice(0, 3), m[2:5])
setitem(slice(None), m[::-1])


class Idx:
    def __index__(self):
        return 2


setitem(Idx(), 90)

# deletion is refused
def delitem(key, view):
    def f():
        del view[key]
    attempt(f)


delitem(0, m)
delitem(slice(0, 2), m)
delitem(0, memoryview(b"ro"))

# read-only views
ro = memoryview(b"readonly")
setitem(0, 1, ro)
setitem(slice(0, 2), b"ab", ro)
rw = memoryview(ba).toreadonly()
print(rw.readonly, rw.obj is ba, rw.tolist() == list(ba))
setitem(0, 1, rw)
print(m.readonly, memoryview(rw).readonly, rw[1:].readonly)

# writes are shared with the bytearray and with other views
other = memoryview(ba)
m[0] = 48
print(other[0], ba[0], bytes(other[:1]))
ba[1] = 49
print(m[1], other[1])
part = m[2:4]
part[0] = 50
print(ba, bytes(part))

# writes with formats other than B
buf = bytearray(16)
h = memoryview(buf).cast("h")
h[0] = -2
h[1] = 32767
print(buf.hex(), h.tolist())
for fmt, value in [("h", 40000), ("H", -1), ("i", 2**31), ("I", 2**32 - 1),
                   ("q", -2**63), ("Q", 2**64), ("Q", 2**64 - 1), ("l", 1.0),
                   ("f", 1.5), ("f", 1e300), ("d", 2**2000), ("d", 7), ("d", "x"),
                   ("?", 5), ("?", []), ("c", b"z"), ("c", b"zz"), ("c", 1),
                   ("b", -128), ("b", 128), ("B", Idx()), ("n", -5), ("N", 5),
                   ("P", 7), ("P", -1), ("L", 2**63)]:
    c = memoryview(buf).cast(fmt)
    try:
        c[0] = value
        print(fmt, repr(value)[:20], c[0], buf.hex())
    except Exception as e:
        print(fmt, repr(value)[:20], type(e).__name__ + ":", e)

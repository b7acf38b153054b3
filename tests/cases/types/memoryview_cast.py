# memoryview.cast, formats, tolist, tobytes, hex and multi-dimensional views.


def attempt(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.format, r.itemsize, r.shape, r.strides, r.tolist())
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = bytes(range(1, 25))
m = memoryview(data)
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
            "f", "d", "?", "P", "@B", "@i"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.tolist()[:3],
          c[0], c[-1], list(c)[1:2], c.readonly)

neg = memoryview(b"\xff\xfe\xff\xff\xff\xff\xff\xff")
for fmt in "bhilqnBHILQNP":
    print(fmt, neg.cast(fmt).tolist())
print(memoryview(b"\x00\x00\xc0\x7f\x00\x00\x80\xff").cast("f").tolist())
print(memoryview(b"\x00\x02\x01").cast("?").tolist())

# bad formats and casts
for fmt in ["x", "BB", "<B", "=i", "e", "", "@", "Z"]:
    attempt(lambda: m.cast(fmt))
attempt(lambda: m.cast(b"B"))
attempt(lambda: m.cast(1))
attempt(lambda: m.cast("\xe9"))
attempt(lambda: m.cast())
attempt(lambda: m.cast("B", (24,), 1))
attempt(lambda: m.cast("h").cast("i"))
attempt(lambda: m.cast("h").cast("B"))
attempt(lambda: memoryview(b"abc").cast("h"))
attempt(lambda: m[::2].cast("B"))
attempt(lambda: m.cast(format="H", shape=[3, 4]))

# shapes
attempt(lambda: m.cast("B", (2, 3, 4)))
attempt(lambda: m.cast("B", [4, 6]))
attempt(lambda: m.cast("h", (3, 4)))
attempt(lambda: m.cast("h", (3, 4)).cast("B"))
attempt(lambda: m.cast("h", (3, 4)).cast("B", (24,)))
attempt(lambda: m.cast("h", (3, 4)).cast("B", (2, 12)))
attempt(lambda: m.cast("h", (3, 4)).cast("h"))
attempt(lambda: m.cast("B", (2, 3, 5)))
attempt(lambda: m.cast("B", 5))
attempt(lambda: m.cast("B", (0,)))
attempt(lambda: m.cast("B", (-1, 24)))
attempt(lambda: m.cast("B", ("a",)))
attempt(lambda: m.cast("B", (2.0, 12)))
attempt(lambda: m.cast("B", (True, 24)))
attempt(lambda: m.cast("B", (2**70,)))
attempt(lambda: m.cast("B", (1,) * 65))
attempt(lambda: m.cast("B", ()))
attempt(lambda: memoryview(b"").cast("h", (0,)))
attempt(lambda: memoryview(b"").cast("h"))
attempt(lambda: memoryview(b"").cast("B", ()))

# multi-dimensional views
g = m.cast("B", (2, 3, 4))
print(g.ndim, g.shape, g.strides, len(g), g.nbytes, g.c_contiguous, g.f_contiguous)
attempt(lambda: g[0])
attempt(lambda: g[1, 2, 3])
attempt(lambda: g[-1, -1, -1])
attempt(lambda: g[1, 2])
attempt(lambda: g[1, 3, 0])
attempt(lambda: g[2, 0, 0])
attempt(lambda: g[0, 0, 4])
attempt(lambda: g[0, 0, 0, 0])
attempt(lambda: g[0, "a", 0])
attempt(lambda: g[0, :, 0])
attempt(lambda: g[:, :])
attempt(lambda: g[1:])
attempt(lambda: g[::2])
attempt(lambda: list(g))
attempt(lambda: g.tobytes())
attempt(lambda: g.tobytes("F"))
attempt(lambda: g.tobytes("A"))
attempt(lambda: g.tobytes(None))
attempt(lambda: g.tobytes(order="C"))
attempt(lambda: g.tobytes("X"))
attempt(lambda: g.tobytes(1))
attempt(lambda: g.hex(":"))
attempt(lambda: bytes(g))
s = memoryview(bytes(range(12))).cast("B", (4, 3))[::2]
print(s.shape, s.strides, s.c_contiguous, s.f_contiguous, s.contiguous, s.tolist())
print(s.tobytes(), s.tobytes("F"), s.tobytes("A"), bytes(s), s.hex())
attempt(lambda: s.cast("B"))
tall = memoryview(bytes(range(6))).cast("B", (6, 1))
wide = memoryview(bytes(range(6))).cast("B", (1, 6))
print(tall.c_contiguous, tall.f_contiguous, wide.c_contiguous, wide.f_contiguous)
print(tall.tobytes("F"), wide.tobytes("F"))

# multi-dimensional writes
buf = bytearray(6)
w = memoryview(buf).cast("B", (2, 3))
w[0, 1] = 7
w[-1, -1] = 9
print(buf, w.tolist())
attempt(lambda: w.__setitem__(0, 1))
attempt(lambda: w.__setitem__((0,), 1))
attempt(lambda: w.__setitem__(slice(0, 1), b"abc"))
attempt(lambda: w.__setitem__((slice(None), slice(None)), b"abc"))
attempt(lambda: w.__setitem__((0, 0, 0), 1))

# 0-dimensional views
z = memoryview(b"a").cast("B", ())
print(z.ndim, z.shape, z.strides, z.suboffsets, z.nbytes, len(z), z.c_contiguous)
attempt(lambda: z[()])
attempt(lambda: z[...] is z)
attempt(lambda: z[0])
attempt(lambda: z.tolist())
attempt(lambda: z.tobytes())
attempt(lambda: list(z))
attempt(lambda: z == memoryview(b"a").cast("B", ()))
attempt(lambda: z == b"a")
zw = memoryview(bytearray(b"\x00\x00")).cast("h", ())
zw[()] = 300
print(zw.tolist())
zw[...] = -1
print(zw.tolist(), zw.obj)
attempt(lambda: zw.__setitem__(0, 1))
attempt(lambda: z.cast("B"))
attempt(lambda: z.cast("B", (1,)))

# tolist
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"").tolist())
print(memoryview(bytes(range(8))).cast("i", [2]).tolist())
print(memoryview(bytes(range(8))).cast("h", [2, 2]).tolist())

# hex
h = memoryview(b"\xb9\x01\xef\x10")
for args in [(), (":",), (":", 2), (b"-", -3), ("_", 0), ("_", 5)]:
    print(args, h.hex(*args))
print(h.hex(sep="|", bytes_per_sep=1), h[::-1].hex(), h.cast("h").hex(), h[::2].hex())
attempt(lambda: h.hex("ab"))
attempt(lambda: h.hex(1))
attempt(lambda: h.hex("\xe9"))
attempt(lambda: h.hex(":", "x"))
attempt(lambda: h.hex(":", 2**40))
attempt(lambda: h.tolist(1))
attempt(lambda: h.toreadonly(1))
attempt(lambda: h.release(x=1))

# struct: every format code under each byte order, alignment, pack_into/unpack_from, Struct, iter_unpack, errors.
import struct

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = {"x": None, "c": b"z", "b": -5, "B": 200, "?": 7, "h": -300, "H": 60000, "i": -70000, "I": 4000000000,
        "l": -2**31, "L": 2**32 - 1, "q": -2**63, "Q": 2**64 - 1, "n": -12345, "N": 12345, "e": 1.5, "f": -2.25,
        "d": 1e300, "s": b"hello", "p": b"pas", "P": 4096}
for order in ["", "@", "=", "<", ">", "!"]:
    for code, v in vals.items():
        fmt = order + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error", e)
            continue
        args = () if v is None else (v,)
        show(lambda: (size, struct.pack(fmt, *args), struct.unpack(fmt, struct.pack(fmt, *args))))
for fmt in ["bi", "@bi", "=bi", "ci", "bq", "@bxq", "hd", "b0i", "@3s2i", "<3s2i", "10p", "0s", "0p", "5x", "2c",
            "3?", " b  h ", "2h 3b", "@bhiq", "@qihb", "@bP", "@b e", "@b0q", "=b0q", "@bn", "hhl", "@xl", "1x", "bB?"]:
    show(lambda: struct.calcsize(fmt))
for fmt in ["y", "3", "bz", "@y", "ii!", "<n", ">N", "!P", "2", "-1b", "9999999999999999999b", "b\x00", "é"]:
    show(lambda: struct.calcsize(fmt))
show(lambda: struct.calcsize(b"<i"))
show(lambda: struct.calcsize(5))
errs = [("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 2**15), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63),
        ("q", 2**63), ("Q", -1), ("Q", 2**64), ("<b", 200), ("<B", 256), (">h", 40000), ("<H", 70000), ("<i", 2**31),
        ("<I", 2**32), ("<q", 2**63), ("<Q", -1), ("n", 2**63), ("N", -1), ("P", -1), ("b", 1.5), ("b", "x"),
        ("i", None), ("c", b"ab"), ("c", "a"), ("c", 1), ("s", "str"), ("p", 1), ("e", 1e10), ("<e", 65520.0),
        ("f", 1e300), ("<f", 1e39), ("d", "x"), ("?", []), ("2i", 1), ("i", 1, 2), ("x", 1), ("3s", b"abcdef"),
        ("e", float("inf")), ("e", float("nan")), ("<e", 65504.0), ("<e", 65519.99), ("<e", 1e-8), ("!f", -0.0),
        ("<e", 5.960464477539063e-08), ("<e", 2.98e-08), ("b", True), ("i", 3.0), ("Q", 2.5)]
for e in errs:
    show(lambda: struct.pack(*e))

class Idx:
    def __index__(self): return 7
class Int:
    def __int__(self): return 9
class Flt:
    def __float__(self): return 2.5
show(lambda: struct.pack("i", Idx()))
show(lambda: struct.pack("i", Int()))
show(lambda: struct.pack("d", Flt()))
show(lambda: struct.pack("d", Idx()))
show(lambda: struct.pack("d", 10**400))
show(lambda: struct.pack("?", Int()))
show(lambda: struct.unpack("i", b"abc"))
show(lambda: struct.unpack("i", b"abcde"))
show(lambda: struct.unpack("<2h", bytearray(b"\x01\x00\x02\x00")))
show(lambda: struct.unpack("<h", memoryview(b"\x01\x00")))
show(lambda: struct.unpack("<h", "ab"))
show(lambda: struct.unpack("?", b"\x02"))
show(lambda: struct.unpack("<e", b"\x00\x7c"))
show(lambda: struct.unpack("<e", b"\x01\x7c"))
show(lambda: struct.unpack(">d", b"\x7f\xf8" + b"\x00" * 6))
show(lambda: struct.unpack("5p", b"\x09abcd"))
show(lambda: struct.unpack("5p", b"\x02abcd"))
show(lambda: struct.unpack("1p", b"\x05"))
show(lambda: struct.pack("5p", b"abcdefgh"))
show(lambda: struct.pack("300p", b"a" * 400)[:3])
show(lambda: struct.pack("3s", b"a"))
show(lambda: struct.pack("s", b""))
show(lambda: struct.pack("3s", bytearray(b"xy")))
show(lambda: struct.pack("3s", memoryview(b"xy")))
show(lambda: struct.pack())
show(lambda: struct.pack(1))
show(lambda: struct.unpack("b"))

buf = bytearray(16)
show(lambda: struct.pack_into("<hi", buf, 2, 1, 2) or bytes(buf))
show(lambda: struct.pack_into("<i", buf, -4, -1) or bytes(buf))
show(lambda: struct.pack_into("<i", buf, 14, 1))
show(lambda: struct.pack_into("<i", buf, -20, 1))
show(lambda: struct.pack_into("<i", buf, 16, 1))
show(lambda: struct.pack_into("<i", bytes(4), 0, 1))
show(lambda: struct.pack_into("<i", buf))
show(lambda: struct.pack_into("<i", buf, 0))
show(lambda: struct.pack_into("<i", buf, 0, 1, 2))
show(lambda: struct.pack_into("<i", buf, "0", 1))
show(lambda: struct.pack_into("<i", memoryview(buf), 1, 5) or bytes(buf))
show(lambda: struct.unpack_from("<i", buf, 2))
show(lambda: struct.unpack_from("<i", buf, offset=-4))
show(lambda: struct.unpack_from("<i", buf, 13))
show(lambda: struct.unpack_from("<i", buf, -17))
show(lambda: struct.unpack_from("<i", buf, 17))
show(lambda: struct.unpack_from("<i", b"abc"))
show(lambda: struct.unpack_from("<i", buffer=b"abcd"))
show(lambda: struct.unpack_from("<0i", b"", 0))

s = struct.Struct("<hh")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), type(s).__name__, type(s).__module__)
print(list(s.iter_unpack(b"\x01\x00\x02\x00" * 3)))
it = s.iter_unpack(b"\x00" * 8)
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
show(lambda: list(s.iter_unpack(b"\x00" * 7)))
show(lambda: list(struct.iter_unpack("", b"")))
show(lambda: list(struct.iter_unpack("0i", b"")))
show(lambda: list(struct.iter_unpack("<h", b"")))
show(lambda: list(struct.iter_unpack("<h", "ab")))
show(lambda: struct.Struct(b"<i").format)
show(lambda: struct.Struct("x" * 3).size)
show(lambda: struct.Struct())
show(lambda: struct.Struct(5))
show(lambda: struct.Struct("q").pack_into(bytearray(4), 0, 1))
show(lambda: s.unpack_from(b"\x00" * 3))
show(lambda: s.pack(1))
show(lambda: s.pack(1, 2, 3))
show(lambda: s.pack(1, 2**20))
print(struct.error.__module__, struct.error.__mro__, issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
print(struct.unpack("<?", b"\x00"), struct.unpack(">?", b"\xff"), struct.pack("3?", 0, 1, "x"))
print(struct.pack("<qQ", -1, 1).hex(), struct.unpack(">qQ", bytes(range(16))))
print(struct.pack("<4e", 1.0, -0.0, 0.1, 1/3).hex(), struct.unpack("<4e", struct.pack("<4e", 1.0, -0.0, 0.1, 1/3)))
print(struct.pack(">2f", 0.1, 1e-45).hex(), struct.unpack(">2f", struct.pack(">2f", 0.1, 1e-45)))
for x in [1.0000000596046448, 3.4028235e38, 3.4028236e38, 3.40282357e38, 3.4028235677973366e38, -1e-46, 2.0**-149 * 0.5, 2.0**-149 * 0.51]:
    show(lambda: struct.pack("<f", x).hex())
for x in [65504.0, 65519.0, 65520.0, 2.0**-25, 2.0**-25 * 1.01, 2.0**-24, 1.0009765625, 1.00048828125, 1.00146484375, -2.0**-26]:
    show(lambda: struct.pack("<e", x).hex())
for e in [("b", 2**70), ("<b", -2**70), ("Q", 2**70), ("<Q", 2**70), ("n", 2**70), ("h", -2**70), ("<q", -2**64)]:
    show(lambda: struct.pack(*e))
show(lambda: struct.calcsize("9223372036854775807s"))
show(lambda: struct.calcsize("4611686018427387904q"))
show(lambda: struct.calcsize("<4611686018427387904q"))
show(lambda: struct.calcsize("2305843009213693952q2q"))
show(lambda: list(struct.iter_unpack("<h", b"\x00" * 3)))
show(lambda: struct.Struct("i").unpack(b""))
s2 = struct.Struct("i")
show(lambda: (s2.__init__("<h"), s2.format, s2.size))
show(lambda: struct._clearcache())
show(lambda: struct.pack("<h", *[1]))
show(lambda: struct.unpack_from("<h", b"\x01\x02\x03", 1))
show(lambda: struct.unpack_from("<h", b"\x01\x02\x03", 2))
show(lambda: struct.pack_into("<h", bytearray(3), 2, 1))
show(lambda: struct.pack_into("<h", bytearray(3), -1, 1))
show(lambda: struct.pack_into("<h", bytearray(3), -4, 1))
show(lambda: struct.pack("c", bytearray(b"a")))
show(lambda: struct.pack("@bhi", 1, 2, 3).hex())
show(lambda: struct.pack("@ihb", 1, 2, 3).hex())

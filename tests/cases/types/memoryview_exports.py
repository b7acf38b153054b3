# memoryview and bytes-like interop; a bytearray cannot be resized while it is exported.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


mv = memoryview(b"abcdef")
attempt(lambda: bytes(mv))
attempt(lambda: bytes(mv[::2]))
attempt(lambda: bytes(mv[::-1]))
attempt(lambda: bytearray(mv[1:3]))
attempt(lambda: bytearray(mv[::-2]))
attempt(lambda: bytes(memoryview(b"\x01\x00\x02\x00").cast("h")))
attempt(lambda: b"-".join([mv, b"x", bytearray(b"y"), mv[:1]]))
attempt(lambda: bytearray(b"+").join([mv[2:]]))
attempt(lambda: b"".join([mv[::2]]))
attempt(lambda: b"ab" + mv)
attempt(lambda: bytearray(b"ab") + mv[4:])
attempt(lambda: b"x" + mv[::2])
attempt(lambda: mv + b"")
attempt(lambda: mv * 2)
attempt(lambda: b"abcdef".startswith(mv[:2]))
attempt(lambda: b"abcdef".find(mv[2:4]))
attempt(lambda: b"abcdef".find(mv[::2]))
attempt(lambda: mv[1:2] in b"abc")
attempt(lambda: b"abc".replace(mv[:1], memoryview(b"Z")))
attempt(lambda: b"a,b".split(memoryview(b",")))
attempt(lambda: str(mv, "ascii"))
attempt(lambda: str(mv[::2], "ascii"))
attempt(lambda: int.from_bytes(mv[:2], "big"))
attempt(lambda: b"%s|%b" % (mv, mv[:2]))
attempt(lambda: bytes.maketrans(mv[:2], b"xy"))
attempt(lambda: b"abc".translate(bytes.maketrans(b"ab", b"AB"), memoryview(b"c")))
attempt(lambda: mv.tobytes() == bytes(mv))

ba = bytearray(b"xy")
ba.extend(mv[:2])
ba += mv[4:]
print(ba)
ba[0:1] = mv[::2]
print(ba)

# writes through a view of a bytearray show in the bytearray, and the other way round
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = ord("j")
print(ba)
ba[4] = ord("y")
print(bytes(v), v.tobytes(), v[-1])
ba[1:3] = b"EL"
print(v.tolist()[:3])

# resizing an exported bytearray
ops = [
    "ba.append(1)", "ba.append(300)", "ba.extend(b'')", "ba.extend(b'z')",
    "ba.extend([1, 2])", "ba.extend([1, 300])", "ba.extend(5)", "ba.insert(0, 1)",
    "ba.insert(0, 300)", "ba.pop()", "ba.pop(0)", "ba.pop(10)", "ba.remove(98)",
    "ba.remove(5)", "ba.clear()", "ba.reverse()", "ba.__init__()", "ba.__init__(b'zz')",
    "ba.__init__('x')", "ba[0] = 65", "ba[0:2] = b'XY'", "ba[0:2] = b'X'",
    "ba[0:2] = b'XYZ'", "ba[0:2] = 5", "del ba[0]", "del ba[5]", "del ba[0:0]",
    "del ba[3:1]", "del ba[::2]", "del ba[::-1]", "ba[::2] = b'123'", "ba[3:] = b'def'",
    "ba += b''", "ba += b'!'", "ba += 5", "ba *= 1", "ba *= 2", "ba *= 0",
    "ba.copy()", "ba.upper()",
]
for op in ops:
    ba = bytearray(b"abcdef")
    view = memoryview(ba)
    try:
        exec(op)
        print(op, "->", ba)
    except Exception as e:
        print(op, "->", type(e).__name__ + ":", e, ba)

empty = bytearray()
ev = memoryview(empty)
attempt(lambda: empty.clear())
attempt(lambda: empty.__init__())
attempt(lambda: empty.__init__(b""))
attempt(lambda: empty.__init__(b"x"))
attempt(lambda: empty.pop())


# the export ends when every view of it is released or freed
def resizes(b):
    try:
        b.append(0)
        b.pop()
        return True
    except BufferError:
        return False


ba = bytearray(b"abc")
m = memoryview(ba)
s = m[1:]
m.release()
print(resizes(ba))
s.release()
print(resizes(ba))
m = memoryview(ba)
del m
print(resizes(ba))
m = memoryview(ba)
m2 = memoryview(m)
ro = m.toreadonly()
c = m.cast("c")
m.release()
print(resizes(ba), m2.obj is ba, c.obj is ba)
del m2, ro
print(resizes(ba))
c.release()
print(resizes(ba))
a1 = memoryview(ba)
a2 = memoryview(ba)
a1.release()
print(resizes(ba))
a2.release()
print(resizes(ba))
with memoryview(ba) as cm:
    print(resizes(ba))
print(resizes(ba))
it = iter(memoryview(ba))
print(resizes(ba), next(it))
del it
print(resizes(ba))
print(ba)


# a view in a reference cycle with its exporter is collected
import gc


class Buf(bytearray):
    pass


b = Buf(b"cycle")
b.view = memoryview(b)
b.self = b
print(resizes(b))
del b
print(gc.collect() > 0)

# releasing the last view lets the exporter go
import weakref


class Data(bytearray):
    pass


d = Data(b"data")
r = weakref.ref(d)
dv = memoryview(d)
dv2 = dv[1:]
del d
print(r() is not None)
dv.release()
print(r() is not None)
dv2.release()
print(r() is None)

# io.BytesIO.getbuffer exports the BytesIO's buffer
import io
bio = io.BytesIO(b"hello world")
gb = bio.getbuffer()
gb[0] = ord("J")
print(bio.getvalue(), gb.readonly)
attempt(lambda: bio.write(b"x" * 20))
attempt(lambda: bio.close())
gb.release()
bio.write(b"!!")
print(bio.getvalue())
target = bytearray(4)
print(io.BytesIO(b"abcdef").readinto(memoryview(target)[1:3]), target)
print(io.BytesIO().write(memoryview(b"abcd").cast("H")))

# numbers from buffers
attempt(lambda: int(memoryview(b" 42 ")))
attempt(lambda: int(memoryview(b"x")))
attempt(lambda: int(memoryview(b"12")[::-1]))
attempt(lambda: int(memoryview(b"ff"), 16))
attempt(lambda: float(memoryview(b"1.5")))
attempt(lambda: float(bytearray(b" 2.5 ")))
attempt(lambda: float(memoryview(b"12")[::-1]))
attempt(lambda: complex(memoryview(b"1")))
attempt(lambda: complex(b"1"))
attempt(lambda: b"x".center(3, memoryview(b"*")))
attempt(lambda: b"x".ljust(3, bytearray(b"*")))
attempt(lambda: b"%c" % memoryview(b"a"))
import os
attempt(lambda: os.write(os.open(os.devnull, os.O_WRONLY), memoryview(b"ab")))
attempt(lambda: os.write(os.open(os.devnull, os.O_WRONLY), memoryview(b"ab")[::-1]))

# struct reads and writes through views
import struct
sb = bytearray(8)
sw = memoryview(sb)
attempt(lambda: struct.pack_into("<h", sw[2:6], 2, -2))
print(sb)
attempt(lambda: struct.pack_into("<i", sw[2:6], 1, 1))
attempt(lambda: struct.pack_into("<h", sw[::2], 0, 1))
attempt(lambda: struct.pack_into("<h", sw.toreadonly(), 0, 1))
attempt(lambda: struct.pack_into("<h", sw.cast("h"), -2, 7))
attempt(lambda: struct.Struct("<h").pack_into(sw[4:], 0, 9))
print(sb)
attempt(lambda: struct.unpack("<hh", sw[4:]))
attempt(lambda: struct.unpack_from("<h", sw, 6))
attempt(lambda: struct.unpack("<h", sw[::4]))

# struct: pseudo-random formats and values: calcsize, pack (or its error), unpack round trip, Struct and iter_unpack.
import struct

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

codes = "xcbB?hHiIlLqQnNefdspP"
values = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 65535, 65536, 2**31 - 1, 2**31, -2**31 - 1, 2**32, 2**63 - 1,
          2**63, 2**64, -2**63 - 1, 1.5, -0.0, 1e308, float("inf"), b"", b"ab", b"abcdefghij", "s", None, True]
for i in range(1500):
    order = ["", "@", "=", "<", ">", "!"][rnd(6)]
    parts = []
    for _ in range(1 + rnd(4)):
        c = codes[rnd(len(codes))]
        if order not in ("", "@") and c in "nNP":
            c = "i"
        count = ["", "", "0", "1", "2", "3", "5"][rnd(7)]
        if count == "0" and c == "p":
            count = "2"  # CPython fails unpacking "0p" (SystemError)
        parts.append(count + c)
    fmt = order + "".join(parts)
    try:
        size = struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, "calcsize", e)
        continue
    st = struct.Struct(fmt)
    nargs = len(struct.unpack(fmt, bytes(size)))
    args = [values[rnd(len(values))] for _ in range(nargs)]
    try:
        packed = st.pack(*args)
        back = st.unpack(packed)
        print(fmt, size, packed.hex(), back)
        buf = bytearray(size + 3)
        struct.pack_into(fmt, buf, 3, *args)
        assert bytes(buf[3:]) == packed
        assert struct.unpack_from(fmt, buf, 3) == back
        if size:
            assert list(struct.iter_unpack(fmt, packed * 2)) == [back, back]
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(fmt, size, args, type(e).__name__, e)

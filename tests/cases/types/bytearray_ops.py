# bytearray: mutation, slice assignment, methods shared with bytes, repr.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1:])
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba)
ba[1:3] = b"EE"
ba[5:5] = b"___"
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(ord("_"))
print(ba, ba.find(b"l"), ba.count(b"_"), ba.upper(), type(ba.upper()).__name__)
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
try:
    bytearray(b"a").remove(99)
except ValueError as e:
    print(e)
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x, x.decode(), bytes(x), x == b"XbYdZf", x.hex(), bytearray.fromhex("4142"))
try:
    x[::2] = b"12"
except ValueError as e:
    print(e)
y = bytearray(b"  strip me  ")
print(y.strip(), y.split(), y.replace(b" ", b""), y.startswith(b" "), y.copy() is not y)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
m = memoryview(x)
m[0] = ord("q")
print(x)

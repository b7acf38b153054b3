# struct: every format code, byte orders, counts, round trips.
import struct

for fmt in ['<bBhHiIlLqQ', '>bBhHiIlLqQ', '!bBhHiIlLqQ', '=bBhHiIlLqQ', '@bBhHiIlLqQnN']:
    n = struct.calcsize(fmt)
    vals = [-5, 200, -300, 60000, -70000, 4000000000, -2, 3, -2**62, 2**63 + 7]
    if fmt.startswith('@'):
        vals += [-9, 12]
    data = struct.pack(fmt, *vals)
    print(fmt, n, len(data), data.hex())
    print(struct.unpack(fmt, data) == tuple(vals))

# floats
for order in '<>@':
    for c in 'efd':
        for v in [0.0, -0.0, 1.5, -2.25, 65504.0, 1e-7, float('inf'), float('-inf')]:
            b = struct.pack(order + c, v)
            print(order + c, v, b.hex(), struct.unpack(order + c, b))
print(struct.unpack('<e', struct.pack('<e', float('nan'))))
print(struct.pack('<e', 2.9802322387695312e-08).hex(), struct.pack('<e', 6e-8).hex())
print(struct.pack('<f', 0.1).hex(), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<d', 0.1).hex())

# chars, bools, strings, padding
print(struct.pack('c3sx?5p', b'a', b'xy', 7, b'hello world'))
print(struct.unpack('c3sx?5p', b'axy\x00\x00\x01\x04hell'))
print(struct.pack('2c', b'a', b'b'), struct.pack('0s', b'x'), struct.pack('3s', b'abcdef'))
print(struct.pack('4s', bytearray(b'ab')))
print(struct.pack('?', []), struct.pack('?', [0]), struct.pack('3?', 0, 'x', None))
print(struct.unpack('3?', b'\x00\x01\x05'))
print(struct.pack('p', b'abc'), struct.pack('0p', b'abc'), struct.pack('300p', b'z' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('2s3x', b'abcde'))
print(struct.pack('3x'), struct.calcsize('3x'))

# native alignment
for fmt in ['bi', 'bq', 'bh', 'hb', 'bd', 'b0q', 'bq0i', 'c?hxxhe', 'bP', 'bN3n', 'ic', 'ci', 'llh']:
    std = struct.calcsize('=' + fmt) if 'P' not in fmt and 'N' not in fmt else None
    print(fmt, struct.calcsize('@' + fmt), std)
print(struct.pack('@bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0).hex())
print(struct.unpack('@bhbibqbd', struct.pack('@bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0)))
print(struct.unpack('@QP', b'\xff' * 16), struct.unpack('@q', b'\xff' * 8))

# whitespace and counts
print(struct.pack('<  2h  i ', 1, 2, 3).hex(), struct.calcsize('10s'), struct.calcsize('10i'))
print(struct.pack(b'>I', 1), struct.calcsize(b'<q'), struct.calcsize(''), struct.pack(''))
print(struct.unpack('', b''))

# __index__, bools, int subclasses
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
class MyInt(int):
    pass
print(struct.pack('<i', Idx()), struct.pack('<d', Flt()), struct.pack('<d', Idx()))
print(struct.pack('<Q', True), struct.pack('<h', MyInt(-3)), struct.pack('<e', 3))

# unpack accepts bytes and bytearray
print(struct.unpack('<I', bytearray(b'\x01\x02\x03\x04')), struct.unpack('>I', b'\x01\x02\x03\x04'))

# unpack_from, pack_into, iter_unpack
data = bytes(range(16))
print(struct.unpack_from('<H', data), struct.unpack_from('<H', data, 3), struct.unpack_from('<H', data, -2))
print(struct.unpack_from('<H', buffer=data, offset=5))
ba = bytearray(10)
struct.pack_into('<hh', ba, 2, -1, 258)
print(ba)
struct.pack_into('>I', ba, -4, 0xdeadbeef)
print(ba)
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack('>H', b'')))

# the Struct class
s = struct.Struct('<2hQ')
print(s.format, s.size, type(s).__name__, type(s).__module__)
b = s.pack(1, -2, 3)
print(b, s.unpack(b), s.unpack_from(b'xx' + b, 2))
ba = bytearray(14)
s.pack_into(ba, 1, 5, 6, 7)
print(ba, list(s.iter_unpack(b * 2)))
s2 = struct.Struct(format=b'>i')
print(s2.format, s2.size, s2.pack(7))
s2.__init__('<h')
print(s2.format, s2.size, s2.pack(7))
class MyStruct(struct.Struct):
    def first(self, data):
        return self.unpack(data)[0]
m = MyStruct('>H')
print(m.first(b'\x01\x02'), isinstance(m, struct.Struct), m.size)
print(struct.Struct.__module__, struct.Struct.__name__, struct.error.__module__, struct.error.__name__)
print(struct.error.__mro__)
print(sorted(struct.__all__))
struct._clearcache()
print(struct.calcsize('<i'))

# struct: error types and CPython's exact messages.
import struct

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

# range checks in every table
for c in 'bBhHiIlLqQ':
    for order in '@<>=!':
        for v in [-2**64, -2**63 - 1, -2**31 - 1, -32769, -129, -1, 256, 65536, 2**32, 2**63, 2**64]:
            t(struct.pack, order + c, v)
for c in 'nNP':
    for v in [-2**64, -2**63 - 1, -1, 2**63, 2**64]:
        t(struct.pack, c, v)

# non-integers and non-floats
for c in 'bBhHiIlLqQnNP':
    t(struct.pack, c, 1.5)
    t(struct.pack, c, '1')
for c in 'efd':
    t(struct.pack, '<' + c, 'x')
    t(struct.pack, '<' + c, 2**2000)
    t(struct.pack, '<' + c, 1e300)
    t(struct.pack, '<' + c, 10**6)
t(struct.pack, 'f', 1e300)
t(struct.pack, '<e', 65520.0)
class Bad:
    def __index__(self):
        raise ValueError('no index')
t(struct.pack, 'i', Bad())

# chars and strings
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'a')
t(struct.pack, 'p', 1)

# bad formats
for f in ['z', '3', 'i3', '<3', '<P', '<n', '=N', 'i<', '1 i', '\t<i', 'i\0', '999999999999999999999i',
          '9999999999999999999i', b'\xff', 'é']:
    t(struct.calcsize, f)
t(struct.calcsize, 5)
t(struct.pack, bytearray(b'i'), 1)
t(struct.Struct, 5)
t(struct.Struct)
t(struct.Struct, 'i', 'j')
t(struct.Struct, 'i', format='i')
t(struct.Struct, fmt='i')

# item counts and buffer sizes
t(struct.pack, 'ii', 1)
t(struct.pack, 'ii', 1, 2, 3)
t(struct.pack)
t(struct.pack, 'i', x=1)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', 5)
t(struct.unpack, 'i')
t(struct.unpack, 'i', b'', 3)
t(struct.unpack_from, 'i', b'abcdefgh', 5)
t(struct.unpack_from, 'i', b'abcdefgh', 9)
t(struct.unpack_from, 'i', b'abcdefgh', -9)
t(struct.unpack_from, 'i', b'abcdefgh', -3)
t(struct.unpack_from, 'i', b'ab', -3)
t(struct.unpack_from, 'i', b'ab')
t(struct.unpack_from, 'i')
t(struct.unpack_from, 'i', b'1234', 'x')
t(struct.unpack_from, 'i', b'1234', 2**70)
t(struct.unpack_from, 'i', b'1234', 0, 4)
t(struct.unpack_from, 'i', b'1234', bad=1)
t(struct.iter_unpack, 'i', b'abc')
t(struct.iter_unpack, 'x0i', b'abc')
t(struct.iter_unpack, '', b'abc')
t(struct.iter_unpack, 'i')
ba = bytearray(8)
t(struct.pack_into, '<i', ba, 6, 7)
t(struct.pack_into, '<i', ba, 9, 7)
t(struct.pack_into, '<i', ba, -2, 7)
t(struct.pack_into, '<i', ba, -9, 7)
t(struct.pack_into, '<i', b'abcdefgh', 0, 7)
t(struct.pack_into, '<i', ba)
t(struct.pack_into, '<i', ba, 0)
t(struct.pack_into, '<i', ba, 0, 1, 2)
t(struct.pack_into, '<i')
t(struct.pack_into)
t(struct.pack_into, 'i', bytearray(8), 2**70, 1)
t(struct.pack_into, 'i', bytearray(2), 'x', 1)
t(struct.pack_into, 'i', bytearray(8), 0, 'x')
print(ba)

s = struct.Struct('>hh')
t(s.pack, 1)
t(s.pack, x=1)
t(s.unpack, b'12')
t(s.unpack)
t(s.unpack, b'', b'')
t(s.unpack_from, b'12', 1)
t(s.unpack_from)
t(s.unpack_from, buffer=b'1234', x=4)
t(s.unpack_from, b'1234', 0, 4)
t(s.pack_into, bytearray(2), 0, 1, 2)
t(s.pack_into)
t(s.iter_unpack, b'123')
t(s.iter_unpack)
print(issubclass(struct.error, Exception))
try:
    struct.pack('>h', 99999)
except struct.error as e:
    print('caught', repr(e))
struct.unpack('<h', b'\x00')

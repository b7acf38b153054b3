# bytes and bytearray: construction forms and errors, repr, indexing, slicing, operators, hash.
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'

class BadBytes:
    def __bytes__(self):
        return 'str'

class Index:
    def __index__(self):
        return 3

CASES = r"""
bytes()
bytes(3)
bytes(Index())
bytes(-1)
bytes(2**70)
bytes('a')
bytes('a', 'ascii')
bytes('\xe9', 'latin-1')
bytes(1, 'ascii')
bytes([1, 300])
bytes([1, -1])
bytes([1, 'a'])
bytes((65, 66))
bytes(range(65, 70))
bytes(iter([1, 2]))
bytes(x for x in b'xyz')
bytes(1.5)
bytes(None)
bytes(b'a', 'ascii')
bytes(x=1)
bytes(source=b'a')
bytes([1], errors='strict')
bytes('a', errors='strict')
bytes(encoding='utf-8')
bytes('a', encoding=1)
bytes('a', None)
bytes(1, 2, 3, 4)
bytes(WithBytes())
bytes(BadBytes())
bytes(bytearray(b'ba'))
bytearray()
bytearray(3)
bytearray('a')
bytearray('a', 'utf-8')
bytearray(-1)
bytearray(1.5)
bytearray([1, 256])
bytearray(x=1)
bytearray(1, 2, 3, 4)
bytearray([1], 'ascii')
bytearray(b'xy', errors='strict')
bytearray(encoding='utf-8')
bytearray(range(3))
bytearray(WithBytes())
repr(b'a\'b')
repr(b'a"b')
repr(b'a\'"b')
repr(b'\x00\t\n\r\\\x7f\x80\xff')
repr(bytearray(b"a'"))
repr(bytearray(b'a"\''))
repr(bytearray())
str(b'x')
b'abc'[0]
b'abc'[-1]
b'abc'[5]
b'abc'[-4]
bytearray(b'a')[5]
b'a'.__getitem__('x')
bytearray(b'a').__getitem__('x')
b'a'.__getitem__(1.5)
b'abc'[Index():]
b'abcdef'[::2]
b'abcdef'[::-1]
b'abcdef'[4:1:-1]
bytearray(b'abc')[1:]
b'abc'[10:]
b'a' + 'a'
b'a' + 1
b'a' + bytearray(b'b')
bytearray(b'a') + b'b'
b'a' * 'a'
b'ab' * 3
3 * b'ab'
b'ab' * -1
b'ab' * 2**62
bytearray(b'ab') * 2**62
b'a' * 2**70
bytearray(b'ab') * 2
b'a' < 'a'
b'a' == 'a'
b'a' == bytearray(b'a')
bytearray(b'a') == b'a'
bytearray(b'a') < b'b'
b'ab' > b'a'
b'' < b'\x00'
'a' in b'a'
300 in b'a'
97 in b'a'
Index() in b'abc'
b'' in b'a'
bytearray(b'a') in b'ba'
1.5 in b'a'
hash(b'abc') == hash(b'abc')
hash(bytearray())
len(b'abc')
list(b'ab')
list(bytearray(b'ab'))
b'a'.__getnewargs__()
bytes.__bytes__(b'a')
b'a'.__bytes__(1)
b'abc'.__sizeof__()
bytearray(b'abc').__sizeof__()
bytearray(b'abc').__alloc__()
bytearray().__alloc__()
bytearray(b'a').__reduce__()
bytearray(b'\xff\x00').__reduce_ex__(2)
bytearray(b'a').__reduce_ex__(4)
"""
for line in CASES.strip().splitlines():
    try:
        print(line, '->', repr(eval(line)))
    except Exception as e:
        print(line, '->', type(e).__name__ + ':', e)


class B(bytes):
    pass


class BA(bytearray):
    pass


b = B(b'ab')
print(repr(b), type(b.upper()).__name__, type(b[0:1]).__name__, type(b + b'c').__name__, type(b * 1).__name__)
ba = BA(b'ab')
print(repr(ba), type(ba.upper()).__name__, type(ba[0:1]).__name__, type(ba.copy()).__name__, type(ba + b'x').__name__)
ba.foo = 1
print(ba.__reduce__())
print(type(B.fromhex('6162')).__name__, type(BA.fromhex('6162')).__name__, B.fromhex('6162'))
x = b'same'
print(x[:] is x, x.strip() is x, bytes(x) is x, x * 1 is x)
a = bytearray()
sizes = []
for i in range(10):
    a.append(i)
    sizes.append(a.__alloc__())
print(sizes)

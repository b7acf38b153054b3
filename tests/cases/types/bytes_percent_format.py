# printf-style % formatting of bytes and bytearray.
class WithBytes:
    def __bytes__(self):
        return b'wb'

CASES = r"""
b'%s %d' % (b'a', 3)
b'%s' % 'a'
b'%s' % 1
b'%s' % WithBytes()
b'%b' % bytearray(b'x')
b'%r' % 'a'
b'%a' % 'a\xe9'
b'%r' % b'x'
b'%c' % 300
b'%c' % b'ab'
b'%c' % 65
b'%c' % b'A'
b'%c' % bytearray(b'B')
b'%c' % 'A'
b'%x %X %o %#x' % (255, 255, 8, 255)
b'%5.2f|%-5d|%+d|%05d' % (1.5, 3, 3, -3)
b'%e %g' % (12345.678, 0.0001)
b'%(a)s' % {b'a': b'v'}
b'%(a)s' % {'a': b'v'}
b'%(k)d' % {b'k': 3}
b'%s %s' % (b'a',)
b'%s' % (b'a', b'b')
b'%y' % 1
b'%' % ()
b'%d' % 'a'
b'%i' % 'a'
b'%i' % 3.5
b'%f' % 'a'
b'%e' % 2**2000
b'%d' % 2**70
b'%x' % 1.5
b'%5s|%-5b|%.1s' % (b'ab', b'ab', b'ab')
b'%*d|%-*d' % (4, 1, 4, 2)
bytearray(b'%s') % b'x'
bytearray(b'%d-%d') % (1, 2)
b'abc' % ()
b'abc' % 1
b'abc' % {}
b'abc' % []
b'abc' % b'x'
b'abc' % bytearray(b'x')
b'100%%' % ()
"""
for line in CASES.strip().splitlines():
    try:
        print(line, '->', repr(eval(line)))
    except Exception as e:
        print(line, '->', type(e).__name__ + ':', e)

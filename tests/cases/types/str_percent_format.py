# printf-style % formatting of str: conversions, flags, *, mappings, argument count errors.
class Idx:
    def __index__(self):
        return 65

class Flt:
    def __float__(self):
        return 2.5

class Num:
    def __int__(self):
        return 7

class RMod:
    def __rmod__(self, other):
        return 'rmod:' + other

CASES = r"""
'%s %r %a' % ('x', 'y', '\xe9')
'%d' % 1j
'%d' % '1'
'%d' % 1.7
'%d' % True
'%x' % True
'%s' % True
'%i %u' % (3, 4)
'%i' % 'a'
'%x' % 'a'
'%x' % 1.5
'%x %X %o' % (Idx(), Idx(), Idx())
'%d' % Num()
'%f' % Flt()
'%c' % Idx()
'%c' % 'ab'
'%c' % 1.5
'%c' % 0x110000
'%c' % -1
'%c%c' % (0x1f600, 'z')
'%.3c|%-5c|' % ('a', 'b')
'%.2s' % 'abc'
'%(a)s %(b)r' % {'a': 1, 'b': 'x'}
'%(a)s %s' % {'a': 1}
'%s' % {'a': 1}
'%(a)s' % 1
'%(a)s' % (1,)
'%(a(b))s' % {'a(b)': 2}
'%(a' % {}
'%*d' % (5, 3)
'%*d' % ('x', 3)
'%-*d|' % (-5, 3)
'%.*f' % (-2, 3.14159)
'%*.*f' % (8, 2, 3.14159)
'%*s' % (2**63, 'a')
'%.*s' % (2**31, 'a')
'%(a)*d' % {'a': 1}
'%5' % 1
'%' % ()
'%y' % 1
'%\xe9' % 1
'%5%' % ()
'%5%' % (1,)
'%s %s' % (1,)
'%s' % (1, 2)
'%s' % ()
'%s' % [1]
'%s' % (1,)
'%s%%' % 5
'%%s' % ()
'abc' % 'x'
'abc' % b'x'
'abc' % {}
'abc' % []
'abc%%' % []
'%o %#o %#x %#X' % (8, 8, 255, 255)
'%#5.3x|%-#8o|%+05d|% d' % (10, 8, 3, 3)
'%e %E %g %G %F' % (1.5, 1.5, 1e20, 1e-20, float('inf'))
'%f' % '1'
'%f' % 1j
'%e' % 2**2000
'%.0f %.10g %#g %#.0e' % (2.5, 1/3, 1.0, 5.0)
'%05d|%-5d|%+d|% d' % (3, 3, 3, 3)
'%ld %hd %Ld' % (1, 2, 3)
'%d' % 2**100
'%x' % -255
'%-10.3s|' % 'abcdef'
'%s' % b'x'
'%r' % b'x'
'fmt' % RMod()
"""
for line in CASES.strip().splitlines():
    try:
        print(line, '->', repr(eval(line)))
    except Exception as e:
        print(line, '->', type(e).__name__ + ':', e)

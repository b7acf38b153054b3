# numbers: what each abstract method of the numeric tower does when called, the derived mixins, and the builtin registrations.
import numbers, inspect
for cname in numbers.__all__:
    c = getattr(numbers, cname)
    for k in sorted(vars(c)):
        v = vars(c)[k]
        f = v.fget if isinstance(v, property) else v
        if not callable(f) or not hasattr(f, '__code__'): continue
        nargs = f.__code__.co_argcount
        args = [None] * nargs
        try:
            r = f(*args)
            print(cname, k, 'returns', repr(r))
        except Exception as e:
            print(cname, k, type(e).__name__, e)
class R(numbers.Rational):
    numerator = 3.7
    denominator = 2.2
    def __abs__(s): pass
    __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = __abs__
print(float(R()))
class I(numbers.Integral):
    def __init__(s, v): s.v = v
    def __int__(s): return s.v
    def __pos__(s): return s
    def __neg__(s): return I(-s.v)
    def __add__(s, o): return I(s.v + int(o))
    def __radd__(s, o): return I(s.v + int(o))
    def __floordiv__(s, o): return s.v // int(o)
    def __rfloordiv__(s, o): return int(o) // s.v
    def __mod__(s, o): return s.v % int(o)
    def __rmod__(s, o): return int(o) % s.v
    def __ne__(s, o): return s.v != o
    def __repr__(s): return 'I(%d)' % s.v
    __abs__ = __and__ = __ceil__ = __eq__ = __floor__ = __invert__ = __le__ = __lshift__ = __lt__ = __mul__ = __or__ = __pow__ = __rand__ = __rlshift__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = lambda *a: NotImplemented
i = I(7)
print(i.numerator, i.denominator, i.real, i.imag, i.conjugate(), float(i), complex(i), [1, 2, 3, 4, 5, 6, 7, 8][i], i.__index__(), divmod(i, 2), divmod(20, i), bool(i), bool(I(0)), i - 2, 10 - i)
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(True, numbers.Number), issubclass(complex, numbers.Number))
try: numbers.Number.__hash__
except Exception as e: print(e)
print(numbers.Number.__hash__, numbers.Complex.__hash__)
try: hash(i)
except TypeError as e: print(e)
try: numbers.Real()
except TypeError as e: print(str(e)[:40])
print(numbers.Complex.real.__isabstractmethod__, numbers.Integral.numerator.__isabstractmethod__ if hasattr(numbers.Integral.numerator, '__isabstractmethod__') else 'no')

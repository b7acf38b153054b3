# operator: the accelerator's argument errors, callable classes' reprs/pickling/errors, length_hint rules.
import operator as o
tests = [lambda: o.add(1), lambda: o.add(), lambda: o.add(1,2,3), lambda: o.add(a=1,b=2), lambda: o.neg(), lambda: o.neg(1,2), lambda: o.neg(a=1),
 lambda: o.setitem(1,2), lambda: o.length_hint(), lambda: o.length_hint(1,2,3), lambda: o.length_hint([], 'x'), lambda: o.call(), lambda: o.call(obj=len),
 lambda: o.index(1.5), lambda: o.index(), lambda: o.concat(1, 2), lambda: o.concat([1], (2,)), lambda: o.iconcat(1, [2]), lambda: o.concat('a', 1),
 lambda: o.countOf(1, 2), lambda: o.indexOf([1,2], 3), lambda: o.indexOf(5, 3), lambda: o.contains(1, 2), lambda: o.truth(), lambda: o.not_(1, 2),
 lambda: o.length_hint(iter([1,2,3])), lambda: o.length_hint(5, 7),
 lambda: o.itemgetter(), lambda: o.attrgetter(), lambda: o.attrgetter(1), lambda: o.attrgetter('a', 2), lambda: o.methodcaller(), lambda: o.methodcaller(1),
 lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)([1], [2]), lambda: o.itemgetter(1)(obj=[1,2]), lambda: o.attrgetter('x')(1), lambda: o.attrgetter('real.x')(1),
 lambda: o.methodcaller('foo')(1), lambda: o.itemgetter(a=1), lambda: o.attrgetter('a', b=1), lambda: o.methodcaller(name='x'),
 lambda: o.itemgetter(5)([1]), lambda: o.itemgetter(0, 5)([1]), lambda: o.attrgetter('a..b')(1), lambda: o.attrgetter('')(1), lambda: o.attrgetter('.a')(1),
 lambda: o.itemgetter(1,2)('abc'), lambda: o.attrgetter('real', 'imag')(3), lambda: o.attrgetter('real.numerator')(3), lambda: o.methodcaller('split', ',', maxsplit=1)('a,b,c'),
 lambda: o.pow(2, 3), lambda: o.ipow(2, 3), lambda: o.matmul(1, 2), lambda: o.truediv(1, 0), lambda: o.is_(None, None), lambda: o.countOf([1, 1.0, True, 2], 1), lambda: o.indexOf([3, 1, 1], 1),
 lambda: o.length_hint([], -1), lambda: o.length_hint(range(5)),
]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
class H:
    def __length_hint__(self): return self.v
for v in [-1, 'x', NotImplemented, 2**70, True]:
    h = H(); h.v = v
    try: print(o.length_hint(h))
    except Exception as e: print(type(e).__name__, e)
class L:
    def __len__(self): raise TypeError('boo')
    def __length_hint__(self): return 3
try: print(o.length_hint(L()))
except Exception as e: print(type(e).__name__, e)
print(repr(o.itemgetter(1)), repr(o.itemgetter(1, 'a')), repr(o.attrgetter('a.b')), repr(o.attrgetter('a', 'b')), repr(o.methodcaller('f', 1, x=2)), repr(o.methodcaller('f')))
print(o.itemgetter(1).__reduce__(), o.itemgetter(1, 2).__reduce__(), o.attrgetter('a.b', 'c').__reduce__(), o.methodcaller('f', 1).__reduce__())
r = o.methodcaller('f', 1, x=2).__reduce__(); print(r[0], r[1])
try:
    class S(o.itemgetter): pass
except TypeError as e: print(e)

print(o.attrgetter.__doc__); print(o.methodcaller.__doc__)
print(o.length_hint.__doc__)
print(o.__all__)
try: o.itemgetter(1).x = 1
except Exception as e: print(type(e).__name__, e)
try: o.attrgetter('a').y
except Exception as e: print(type(e).__name__, e)
for n in sorted(x for x in dir(o) if not x.startswith("_")):
    f = getattr(o, n)
    if callable(f) and not isinstance(f, type): print(n, f.__name__, f.__doc__[:30])
print(o.methodcaller('m', x=1, y=2).__reduce__()[0].keywords)
print(o.attrgetter('a.b')(type('C', (), {'a': type('D', (), {'b': 5})})))
print(o.iadd([1], [2]), o.iadd((1,), (2,)), o.ipow(2, 5), o.iconcat([1], (2,)), o.index(True), o.truth([]), o.not_(0))
import collections
P = collections.namedtuple('P', 'x y'); print(P(1, 2).y)
class I:
    def __index__(self): return 7
print(o.index(I()))
class B:
    def __index__(self): return 'x'
try: o.index(B())
except TypeError as e: print(e)
d = {}; o.setitem(d, 1, 2); print(d); o.delitem(d, 1); print(d)
print(o.countOf(iter([float('nan')]*3), float('nan')))
n = float('nan'); print(o.countOf([n, n], n), o.indexOf([1, n], n))
print(o.is_not(1, None), o.contains('abc', 'b'), o.abs(-3), o.inv(5), o.invert(5), o.__inv__ is o.inv)
print(o.concat.__name__, o.__concat__.__qualname__)
print(o.itemgetter.__module__, o.itemgetter.__qualname__, o.add.__qualname__, o.itemgetter.__doc__)

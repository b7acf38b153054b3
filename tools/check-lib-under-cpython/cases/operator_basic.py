import operator as op
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
show(op.add, 1, 2); show(op.concat, [1], [2]); show(op.concat, 1, 2); show(op.index, True); show(op.index, 1.5)
show(op.index, 5); show(op.length_hint, [1,2]); show(op.length_hint, iter([1,2,3])); show(op.length_hint, 1, 7)
class H:
    def __length_hint__(self): return -1
show(op.length_hint, H())
class H2:
    def __length_hint__(self): return 1.5
show(op.length_hint, H2())
class H3:
    def __length_hint__(self): return NotImplemented
show(op.length_hint, H3(), 4)
show(op.countOf, [1,2,1], 1); show(op.indexOf, [1,2], 2); show(op.indexOf, [1,2], 3)
g = op.itemgetter(1); print(g([1,2]), g, op.itemgetter(0, 2)('abc'), g.__reduce__()[1])
a = op.attrgetter('real', 'imag'); print(a(3+4j), a, op.attrgetter('real.bit_length')(5)())
show(op.attrgetter, 1); show(op.itemgetter); show(op.methodcaller); show(op.methodcaller, 3)
m = op.methodcaller('split', ',', maxsplit=1); print(m('a,b,c'), m)
print(op.methodcaller('upper').__reduce__()[1])
l = [1]; print(op.iadd(l, [2]) is l, l, op.iconcat([1], (2,)), op.ipow(2, 3))
show(op.iconcat, 1, 2)
print(op.truth([]), op.not_(1), op.is_(None, None), op.is_not(1, None), op.neg(3), op.pos(-3), op.inv(5), op.invert(5))
print(op.lt(1,2), op.le(2,2), op.eq(1,1), op.ne(1,2), op.ge(1,2), op.gt(2,1))
print(op.and_(6,3), op.or_(6,3), op.xor(6,3), op.lshift(1,4), op.rshift(16,2), op.mod(7,3), op.floordiv(7,2), op.truediv(7,2), op.pow(2,10), op.mul(3,4), op.sub(3,4), op.abs(-2))
d = {}; op.setitem(d, 'a', 1); print(d, op.getitem(d, 'a'), op.contains(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.call(max, 1, 5, key=lambda x: -x), op.__add__ is op.add, sorted(op.__all__) == sorted(set(op.__all__)))
print(sorted([(1,'b'),(0,'c'),(2,'a')], key=op.itemgetter(1)))

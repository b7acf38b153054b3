# operator: function forms of operators, itemgetter/attrgetter/methodcaller, in-place forms, index, length_hint.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([1]), op.abs(-2))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 1), op.gt(1, 3), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 9}, "k"), op.concat([1], [2]))
lst = [1, 2, 3]
op.setitem(lst, 0, "x")
op.delitem(lst, 1)
print(lst, op.index(5), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 7), op.matmul.__name__)
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("a")({"a": 1}), op.itemgetter(slice(1, None))([1, 2, 3]))


class P:
    def __init__(self):
        self.name = "p"
        self.child = type("C", (), {"leaf": "deep"})()

    def greet(self, greeting, punct="!"):
        return f"{greeting} {self.name}{punct}"


p = P()
print(op.attrgetter("name")(p), op.attrgetter("child.leaf")(p), op.attrgetter("name", "child.leaf")(p))
print(op.methodcaller("greet", "hi")(p), op.methodcaller("greet", "yo", punct="?")(p), op.methodcaller("upper")("abc"))
x = [1]
y = op.iadd(x, [2])
print(y, y is x, op.iadd(1, 2), op.imul("ab", 2), op.ior({1}, {2}))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(e)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(0, 1)), list(map(op.mul, [1, 2], [3, 4])))

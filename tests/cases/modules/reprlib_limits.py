# reprlib: Repr limits per type, fill values, nesting levels, dispatch by type name, recursive_repr.
import collections
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()), reprlib.repr([]))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("quote's" * 10))
print(reprlib.repr(2 ** 200), reprlib.repr(-(10 ** 39)), reprlib.repr(10 ** 39))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}), reprlib.repr({}))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr({3, 1, 2}))
print(reprlib.repr(frozenset("abcdefghij")), reprlib.repr(frozenset()))
print(reprlib.repr({1, "a", 2.5}) in ("{1, 'a', 2.5}", "{1, 2.5, 'a'}", "{'a', 1, 2.5}"))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(collections.deque()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[]]]]]]]))
print(reprlib.repr({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))
print(reprlib.repr(b"bytes" * 20), reprlib.repr(3.25), reprlib.repr(None))
print(reprlib.repr({"b": 1, 2: "a"}), reprlib.repr({(1, 2): [3] * 10}))


class array(list):
    """Stands in for array.array: dispatch goes by the type's name."""

    def __init__(self, typecode, items=()):
        super().__init__(items)
        self.typecode = typecode


print(reprlib.repr(array("i", range(10))), reprlib.repr(array("d")))

r = reprlib.Repr()
print(sorted(vars(r).items()))
r.maxlist, r.maxstring, r.maxlong, r.maxother, r.maxlevel = 2, 10, 8, 12, 2
r.fillvalue = "<~>"
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr(123456789012))
print(r.repr([[[1, 2, 3]], [4]]), r.repr(object.__new__(type("Q", (), {"__repr__": lambda s: "Q" * 40}))))
r.maxstring = 2
print(r.repr("abcdef"), r.repr("ab"))
r.maxlong = 0
print(r.repr(10 ** 20))
r.maxdict = 0
print(r.repr({1: 2}))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr((1,)), r.repr(set()))


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))


class Wide:
    def __repr__(self):
        raise KeyboardInterrupt


try:
    reprlib.repr(Wide())
except KeyboardInterrupt:
    print("BaseException passes through")


class MyRepr(reprlib.Repr):
    def repr_odd_name(self, x, level):
        return "<odd %d>" % level

    def repr_int(self, x, level):
        return "int:" + super().repr_int(x, level)


OddName = type("odd name", (), {})
m = MyRepr()
print(m.repr([OddName(), 5, (7,)]), m.repr1(OddName(), 9))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Show the tree."""
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children += [b, a]
b.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)


class Other(list):
    @reprlib.recursive_repr(fillvalue="<again>")
    def __repr__(self):
        return "Other" + list.__repr__(self)

    __repr__.__annotations__


o = Other([1])
o.append(o)
print(repr(o), Other.__repr__.__annotations__)
print(reprlib.__all__, reprlib.repr.__self__ is reprlib.aRepr, reprlib.Repr.__doc__)

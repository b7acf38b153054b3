# memoryview construction, attributes, repr, errors, dir.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def describe(m):
    print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets,
          m.nbytes, m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous)


b = b"hello"
m = memoryview(b)
describe(m)
print(m.obj is b, type(m).__name__, type(m) is memoryview, len(m))
ba = bytearray(b"abc")
mb = memoryview(ba)
describe(mb)
print(mb.obj is ba)

# A view of a view shares the exporter.
m2 = memoryview(mb)
print(m2.obj is ba, m2.readonly, m2 is mb, m2 == mb)
print(memoryview(object=b"xy").tolist())

class B(bytes):
    pass

class BA(bytearray):
    pass

print(memoryview(B(b"sub")).tolist(), memoryview(BA(b"ab")).readonly)
print(type(memoryview(B(b"q")).obj).__name__)
describe(memoryview(b""))

attempt(lambda: memoryview())
attempt(lambda: memoryview("abc"))
attempt(lambda: memoryview(5))
attempt(lambda: memoryview([1, 2]))
attempt(lambda: memoryview(None))
attempt(lambda: memoryview(b"a", b"b"))
attempt(lambda: memoryview(obj=b"a"))
attempt(lambda: memoryview.__new__(int, b""))

try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)

# repr
r = repr(m)
print(r.startswith("<memory at 0x"), r.endswith(">"), str(m) == r)
m.release()
r = repr(m)
print(r.startswith("<released memory at 0x"), r.endswith(">"))

# bool and truth
print(bool(memoryview(b"")), bool(memoryview(b"x")))

# class attributes and descriptors
print(sorted(set(dir(memoryview)) - set(dir(object))))
print(memoryview.__name__, memoryview.__qualname__, memoryview.__module__)
print(type(memoryview.__dict__["obj"]).__name__, type(memoryview.__dict__["tobytes"]).__name__)
print("__reduce__" in memoryview.__dict__, "__hash__" in memoryview.__dict__)
attempt(lambda: memoryview.tolist(b"abc"))
attempt(lambda: memoryview.obj.__get__(b"abc"))
attempt(lambda: m.foo)

def set_attr():
    mb.foo = 1

attempt(set_attr)

# iterator type
it = iter(memoryview(b"ab"))
print(type(it).__name__, iter(it) is it, next(it), next(it))
attempt(lambda: next(it))
print(sorted(set(dir(it)) - set(dir(object))))

# weak references and the collector
import gc
import weakref
w = memoryview(b"weak")
r = weakref.ref(w)
print(r() is w)
del w
print(r())
print(gc.is_tracked(memoryview(b"")))

# pickling is refused
import copy
attempt(lambda: memoryview(b"p").__reduce__())
attempt(lambda: memoryview(b"p").__reduce_ex__(2))
attempt(lambda: copy.copy(memoryview(b"p")))
attempt(lambda: copy.deepcopy(memoryview(b"p")))

# collections.abc
from collections.abc import Sequence, MutableSequence, Hashable
print(isinstance(mb, Sequence), isinstance(mb, MutableSequence), isinstance(mb, Hashable))

# sizes and referents follow CPython's layout
import sys
print(sys.getsizeof(memoryview(b"")), sys.getsizeof(memoryview(b"abcd").cast("B", (2, 2))),
      sys.getsizeof(memoryview(b"a").cast("B", ())), sys.getsizeof(iter(memoryview(b""))))
print(memoryview.__basicsize__, memoryview.__itemsize__, memoryview(b"").__sizeof__())
ref = gc.get_referents(memoryview(b"abc"))
print([type(x).__name__ for x in ref], gc.get_referents(ref[0]))
print(memoryview(b"").__init__(1, 2), type(mb)(b"again").tolist())

# collections.abc: subclass hooks, builtin registrations and every mixin method of the container ABCs.
import collections.abc as A
from collections.abc import *
import sys
# structural checks
class H: pass
class NoHash:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Rev:
    def __iter__(self): return iter([])
    def __reversed__(self): return iter([])
class Col:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class Aw:
    def __await__(self): yield
class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
for cls in [H, NoHash, It, Rev, Col, Aw, AIt, int, str, list, dict, set, frozenset, tuple, bytes, bytearray, range, memoryview, type(iter([])), type({}.keys()), type({}.items()), type({}.values()), type(len)]:
    print(cls.__name__, [abc.__name__ for abc in [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable, Awaitable, AsyncIterable, AsyncIterator, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, ByteString, KeysView, ItemsView, ValuesView, Generator] if issubclass(cls, abc)])
def g(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
print(isinstance(g(), Generator), isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(ag(), AsyncGenerator), isinstance(ag(), AsyncIterator))
c.close()
# Set mixins
class LS(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'LS(%r)' % (self.d,)
a, b = LS([1, 2, 3]), LS([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - [1, 2], [1, 9] - a if False else LS([1]) - a, a <= b, a < LS([1, 2, 3, 4]), a >= LS([1]), a > a, a == LS([3, 2, 1]), a != b, a.isdisjoint([7]), a.isdisjoint(b))
print(a & [2, 9], [2, 9] & a if False else None, {1, 2} - a if False else None, a.__and__(5), a.__sub__(5), a.__le__(5), a == {1, 2, 3}, a._hash() == hash(frozenset([1, 2, 3])), LS()._hash() == hash(frozenset()))
print(LS([1]) | {5}, {5} | LS([1]), (1, 2) ^ LS([2]) if False else LS([2]) ^ (1, 2), set([1, 2]) <= a)
class MS(MutableSet):
    def __init__(self, it=()): self.d = set(it)
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
    def add(self, x): self.d.add(x)
    def discard(self, x): self.d.discard(x)
    def __repr__(self): return 'MS(%r)' % sorted(self.d)
m = MS([1, 2, 3])
m.remove(1); print(m, m.pop(), m)
try: m.remove(99)
except KeyError as e: print(repr(e))
m |= [5, 6]; print(m); m &= [5, 9]; print(m); m ^= [5, 7]; print(m); m -= [7]; print(m); m ^= m; print(m)
m2 = MS([1, 2]); m2 -= m2; print(m2); m3 = MS([4]); m3.clear(); print(m3)
try: MS().pop()
except KeyError as e: print(repr(e), e.__context__, e.__suppress_context__)
# Mapping mixins
class M(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = M(a=1, b=2)
print(mm.get('a'), mm.get('z'), 'a' in mm, 'z' in mm, type(mm.keys()).__name__, list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2}, mm == M(a=1), mm != 5, ('a', 1) in mm.items(), ('a', 2) in mm.items(), 2 in mm.values(), 'b' in mm.keys(), len(mm.values()))
print(mm.keys() & {'a'}, mm.items() | {(1, 1)} == {('a', 1), ('b', 2), (1, 1)}, mm.keys() - ['a'], repr(mm.items())[:10], reversed(mm) if False else M.__reversed__)
try: hash(mm)
except TypeError as e: print(e)
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
x = MM(); x.update({'a': 1}, b=2); x.update([('c', 3)]); x.update(M(d=4)); print(x.d, x.pop('a'), x.pop('zz', 0), x.popitem(), x.setdefault('q', 5), x.setdefault('q', 6), x.d)
try: x.pop('nope')
except KeyError as e: print(repr(e))
x.clear(); print(x.d)
try: x.popitem()
except KeyError as e: print(repr(e), e.__suppress_context__)
class K: 
    def keys(self): return ['k']
    def __getitem__(self, k): return k * 2
x.update(K()); print(x.d)
# Sequence mixins
class Sq(Sequence):
    def __init__(self, *v): self.v = list(v)
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
s = Sq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(2, -2), s.count(2), s.index(3, 0, 3))
for args in [(9,), (1, 1), (2, 0, 1), (3, -1)]:
    try: s.index(*args)
    except ValueError as e: print('ValueError', repr(e))
class MSq(MutableSequence):
    def __init__(self, *v): self.v = list(v)
    def __getitem__(self, i): return self.v[i]
    def __setitem__(self, i, x): self.v[i] = x
    def __delitem__(self, i): del self.v[i]
    def __len__(self): return len(self.v)
    def insert(self, i, x): self.v.insert(i, x)
q = MSq(1, 2, 3)
q.append(4); q.reverse(); print(q.v); q.extend([5]); q.extend(q); print(q.v, q.pop(), q.pop(0)); q.remove(2); q += (8,); print(q.v); q.clear(); print(q.v)
try: q.remove(1)
except ValueError as e: print(repr(e))
try: q.pop()
except IndexError as e: print(repr(e))
# Generator / Coroutine mixins
class Gen(Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
gg = Gen(); print(list(gg), iter(gg) is gg)
try: Gen().throw(ValueError)
except ValueError as e: print(repr(e))
try: Gen().throw(ValueError, ValueError('x'))
except ValueError as e: print(repr(e))
try: Gen().throw(KeyError, None, None)
except KeyError as e: print(repr(e))
Gen().close()
class Stubborn(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1
try: Stubborn().close()
except RuntimeError as e: print(e)
class Co(Coroutine):
    def send(self, v): raise StopIteration
    def throw(self, *a): return 1
    def __await__(self): return iter([])
try: Co().close()
except RuntimeError as e: print(e)
class AG(AsyncGenerator):
    async def asend(self, v): raise StopAsyncIteration
    async def athrow(self, typ, val=None, tb=None): return 1
agg = AG()
cr = agg.aclose()
try: cr.send(None)
except RuntimeError as e: print(e)
except StopIteration: print('stop')
cr = agg.__anext__()
try: cr.send(None)
except StopAsyncIteration: print('StopAsyncIteration')
# abstract instantiation errors and misc
for abc in [Sized, Sequence, MutableMapping, Set]:
    try: abc()
    except TypeError as e: print(e.args[0].split(' with ')[0])
print(KeysView({'a': 1}), ItemsView({'a': 1}), ValuesView({'a': 1}), len(KeysView({1: 2})), list(ValuesView({1: 2})), list(ItemsView({1: 2})))
print(Iterable[int], Container[str], AsyncIterable[int], Awaitable[int], MappingView[int], Sequence[int], Mapping[str, int], Callable[..., int])
print(A.__name__, Sized.__module__, Hashable.__subclasshook__.__qualname__, Sequence.__subclasshook__ is Reversible.__subclasshook__, __import__("_collections_abc")._check_methods(list, '__len__'), __import__("_collections_abc")._check_methods(NoHash, '__hash__'), __import__("_collections_abc")._check_methods(H, '__foo__'))
class SizedSub(Sized):
    def __len__(self): return 0
class NotSized: pass
print(issubclass(NotSized, SizedSub), issubclass(type('X', (), {'__len__': lambda s: 0}), SizedSub), issubclass(type('X', (), {'__len__': lambda s: 0}), Sized))
print(list(Iterable.__iter__(None)), list(Reversible.__reversed__(None)), Hashable.__hash__(None), Sized.__len__(None), Container.__contains__(None, 1), Callable.__call__(None))
for f in [lambda: Mapping.__getitem__(None, 1), lambda: Sequence.__getitem__(None, 1), lambda: MutableMapping.__setitem__(None, 1, 2), lambda: MutableSet.add(None, 1), lambda: Iterator.__next__(None)]:
    try: f()
    except Exception as e: print(type(e).__name__, e.args)

import copy, abc, types, keyword, copyreg
import collections.abc as cabc
class A:
    def __init__(self): self.x = [1, 2]; self.y = {'k': [3]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x == a.x, c.y, type(c).__name__)
l = [1, [2, 3]]; l.append(l); m = copy.deepcopy(l); print(m[2] is m, m[1] is l[1], m[:2])
t = (1, [2]); print(copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.copy(t) is t)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1; s.b = [2]; s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.b is s.b)
class Cp:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(Cp()), copy.deepcopy(Cp()), copy.copy(len) is len, copy.deepcopy(A) is A, copy.copy({1: 2}), copy.copy({1}), copy.copy(bytearray(b'x')))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class St:
    def __init__(self): self.q = 1
    def __getstate__(self): return {'q': 5}
    def __setstate__(self, st): self.q = st['q'] + 1
print(copy.copy(St()).q)
import collections
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.Counter('aab')), copy.deepcopy(collections.defaultdict(list, x=[1])), copy.copy(collections.deque([1], 4)))
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def f(self): return 1
    p = 2
print(Impl().f(), Impl.__abstractmethods__, isinstance(Impl(), Base), issubclass(Impl, Base))
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg), Reg.register(float) is float)
try: Reg.register(1)
except TypeError as e: print(e)
try: issubclass(1, Reg)
except TypeError as e: print(e)
class Hook(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook), type(abc.get_cache_token()).__name__)
class Late(abc.ABC):
    @abc.abstractmethod
    def g(self): ...
Late.g = lambda self: 1
abc.update_abstractmethods(Late); print(Late.__abstractmethods__, Late().g())
print(isinstance([], cabc.Sequence), isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance('', cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}.keys(), cabc.Set), isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Sequence), isinstance(b'', cabc.ByteString))
print(isinstance(set(), cabc.MutableSet), isinstance(frozenset(), cabc.MutableSet), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable), isinstance((x for x in []), cabc.Generator), isinstance(iter({}), cabc.Iterator), isinstance({}.items(), cabc.ItemsView))
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = MySeq([1, 2, 3, 2]); print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2))
try: s.index(7)
except ValueError as e: print('ValueError', repr(e))
class MySet(cabc.Set):
    def __init__(self, it): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
x, y = MySet('abc'), MySet('bcd')
print(sorted(x & y), sorted(x | y), sorted(x - y), sorted(x ^ y), x <= y, MySet('ab') < x, x == MySet('cba'), x.isdisjoint('xyz'), MySet([1, 2])._hash() == hash(frozenset([1, 2])))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(dict(mm), list(mm.items()), list(mm.values()), mm.get('z'), mm.pop('a'), mm.setdefault('q', 0), mm.popitem(), mm == {'c': 3, 'q': 0}, 'c' in mm.keys(), ('c', 3) in mm.items(), 3 in mm.values())
try: cabc.Sized()
except TypeError as e: print(e)
print(sorted(cabc.__all__), cabc.Iterable.__module__, cabc.Sequence.__name__)
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType, types.GeneratorType, types.CoroutineType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType, types.FrameType, types.TracebackType, types.CellType, types.MappingProxyType, types.SimpleNamespace, types.GenericAlias, types.UnionType, types.AsyncGeneratorType)
ns = types.SimpleNamespace(a=1, b='x'); print(ns, types.SimpleNamespace(), ns == types.SimpleNamespace(b='x', a=1))
print(types.MappingProxyType({'a': 1}), types.new_class('N', (int,), exec_body=lambda ns: ns.update(q=1)).q, types.resolve_bases((int,)), types.prepare_class('X')[0])
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw): return {'prepared': True}
print(types.new_class('M', (), {'metaclass': Meta}).prepared)
class DC:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
print(DC().name)
@types.coroutine
def gen(): yield 1
print(type(gen()).__name__)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.kwlist[:3], keyword.softkwlist, keyword.__all__)
print(copyreg.__all__, copyreg.dispatch_table.get(complex)(1+2j))
a = cabc.Callable[[int], str]; print(repr(a), a.__args__, a.__origin__ is cabc.Callable, type(a).__name__)
print(cabc.Callable[..., int], cabc.Callable[[], None], cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int, 'x'], list[int]])
try:
    cabc.Callable[int]
except TypeError as e:
    print(e)
print(a.__reduce__()[1][1])
import collections
print(isinstance(collections.deque(), cabc.MutableSequence), isinstance(collections.deque(), cabc.Sequence), isinstance(collections.OrderedDict(), cabc.MutableMapping), isinstance(collections.Counter(), cabc.Mapping), isinstance(collections.defaultdict(), cabc.MutableMapping), isinstance(collections.ChainMap(), cabc.MutableMapping), isinstance(collections.UserString(''), cabc.Sequence))
print(isinstance({}.keys(), cabc.KeysView), isinstance(collections.OrderedDict().keys(), cabc.KeysView), isinstance(iter(collections.deque()), cabc.Iterator), isinstance(collections.deque(), cabc.Reversible))

# types: the named built-in types, new_class/resolve_bases/prepare_class, DynamicClassAttribute, coroutine().
import types
import sys

print(types.__all__)
for n in types.__all__:
    v = getattr(types, n)
    if isinstance(v, type):
        print(n, v.__name__, v.__module__ if n != 'SimpleNamespace' else 'types')


def f():
    pass


def gen():
    yield 1


class C:
    __slots__ = ('x',)

    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f.__code__, types.CodeType))
print(isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(C.x, types.MemberDescriptorType), isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))
print(isinstance(sys, types.ModuleType), isinstance(type.__dict__, types.MappingProxyType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType), isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType))
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(object().__str__, types.MethodWrapperType))
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, types.SimpleNamespace() == types.SimpleNamespace())
m = types.ModuleType('made', 'doc here')
print(m.__name__, m.__doc__, repr(m)[:14])
bound = types.MethodType(lambda self, k: (type(self).__name__, k), 5)
print(bound(3))
try:
    raise KeyError('k')
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))


def show(label, func, *args, **kw):
    try:
        print(label, '->', func(*args, **kw))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('  prepare', name, [b.__name__ for b in bases], sorted(kw))
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        print('  new', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


N = types.new_class('N', (Base,), {'flag': 1}, lambda ns: ns.update(z=9))
print(N.__name__, type(N).__name__, N.prepared, N.z, N.__mro__[1].__name__)
P = types.new_class('P')
print(P.__name__, P.__bases__, type(P).__name__, P.__module__)
Q = types.new_class('Q', (), {'metaclass': Meta})
print(type(Q).__name__)
print(types.prepare_class('X'))
meta, ns, kw = types.prepare_class('Y', (Base,), {'k': 1, 'metaclass': type})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('Z', (), {'metaclass': lambda *a: a})
print(callable(meta), ns, kw)


class M2(type):
    pass


class B2(metaclass=M2):
    pass


show('conflict', types.new_class, 'Bad', (Base, B2))
show('calc', types._calculate_meta, type, (Base,))
show('prepare conflict', types.prepare_class, 'Bad', (Base, B2))


class Entry:
    def __init__(self, *result):
        self.result = result

    def __mro_entries__(self, bases):
        print('  mro_entries got', len(bases))
        return self.result


class Bad:
    def __mro_entries__(self, bases):
        return [int]


bases = (Entry(int, object), Base)
print(types.resolve_bases(bases))
print(types.resolve_bases((int, str)), types.resolve_bases(()))
plain = (int,)
print(types.resolve_bases(plain) is plain)
show('bad entries', types.resolve_bases, (Bad(),))
E = types.new_class('E', (Entry(dict),))
print(E.__bases__, [type(b).__name__ for b in E.__orig_bases__])
G = types.new_class('G', (list[int],))
print(G.__bases__, G.__orig_bases__)
print('__orig_bases__' in types.new_class('H', (int,)).__dict__)
show('empty entries', lambda: types.new_class('I', (Entry(),)).__bases__)


class WithDyn:
    def __init__(self):
        self._v = 1

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


w = WithDyn()
print(w.value)
w.value = 5
print(w.value, WithDyn.__dict__['value'].__doc__, WithDyn.__dict__['value'].overwrite_doc)
show('class access', lambda: WithDyn.value)
show('delete', lambda: delattr(w, 'value'))
d = types.DynamicClassAttribute(None, None, None, 'given')
show('unreadable', d.__get__, w)
show('cant set', d.__set__, w, 1)
print(d.__doc__, d.overwrite_doc, d.fget, d.__isabstractmethod__)
d2 = d.getter(lambda s: 'got')
print(d2.__doc__, d2.overwrite_doc, d2.__get__(w))
d3 = types.DynamicClassAttribute(lambda s: 1).getter(f)
print(d3.__doc__, d3.overwrite_doc)


def documented(self):
    "doc one"


def documented2(self):
    "doc two"


d4 = types.DynamicClassAttribute(documented).getter(documented2)
print(d4.__doc__)
d5 = d4.deleter(lambda s: print('  deleted'))
d5.__delete__(w)


import abc


class AbstractDyn(abc.ABC):
    @types.DynamicClassAttribute
    @abc.abstractmethod
    def thing(self):
        pass


print(AbstractDyn.thing.__isabstractmethod__, type(AbstractDyn.__dict__['thing']).__name__)


@types.coroutine
def ticker(n):
    got = []
    for i in range(n):
        got.append((yield i))
    return got


async def runner():
    return await ticker(3)


c = runner()
out = [c.send(None)]
try:
    while True:
        out.append(c.send(len(out) * 10))
except StopIteration as e:
    out.append(e.value)
print(out, bool(ticker.__code__.co_flags & 0x100))


async def native():
    return 1


print(types.coroutine(native) is native)


def returns_gen():
    return gen()


wrapped = types.coroutine(returns_gen)
print(wrapped.__name__, wrapped is not returns_gen)
obj = wrapped()
print(type(obj).__name__, obj.__name__, obj.gi_running, obj.cr_running, next(obj), iter(obj).__class__.__name__)


class GenLike:
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done')
        return self.n

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)


gl = types.coroutine(lambda: GenLike())()
print(type(gl).__name__, iter(gl) is gl, next(gl), gl.send(1))


async def use_gl():
    return await types.coroutine(lambda: GenLike())()


c = use_gl()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('finished', e.value)
print(types.coroutine(lambda: 42)())
show('not callable', types.coroutine, 5)

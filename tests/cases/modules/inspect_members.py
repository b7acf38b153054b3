# inspect predicates, getmembers/getmembers_static (MRO, __dir__, predicates),
# getattr_static, classify_class_attrs, getmro, isabstract, unwrap.
import abc
import functools
import inspect
import sys
import types


class Base:
    """Base doc."""
    cls_attr = 1
    __slots__ = ('slot',)

    def meth(self):
        "meth doc"

    @property
    def prop(self):
        "prop doc"
        return 5

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Derived(Base):
    other = 'x'
    zzz = 3

    def meth(self):
        pass

    def __dir__(self):
        return ['zzz', 'meth', 'other', 'missing']


def short(pairs):
    return [(name, type(value).__name__) for name, value in pairs if not name.startswith('__')]


print(short(inspect.getmembers(Derived)))
print([name for name, _ in inspect.getmembers(Derived(), inspect.ismethod)])
print(short(inspect.getmembers(Derived())))
print(short(inspect.getmembers_static(Derived)))
print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Derived, inspect.isdatadescriptor) if not name.startswith('__')])
mod = types.ModuleType('fake')
mod.b = 2
mod.a = len
print(inspect.getmembers(mod, inspect.isbuiltin), [n for n, _ in inspect.getmembers(mod) if not n.startswith('__')])
print(type(inspect.getattr_static(Derived, 'prop')).__name__, type(inspect.getattr_static(Derived, 'cm')).__name__,
      type(inspect.getattr_static(Derived, 'sm')).__name__, inspect.getattr_static(Derived(), 'nope', 'dflt'))
try:
    inspect.getattr_static(Derived(), 'nope')
except AttributeError as e:
    print('AttributeError:', e)


class Dyn:
    x = 1

    def __getattr__(self, name):
        return 42


d = Dyn()
d.y = 2
print(inspect.getattr_static(d, 'x'), inspect.getattr_static(d, 'y'), inspect.getattr_static(d, 'z', None), getattr(d, 'z'))
print(inspect.getattr_static(Dyn, '__getattr__').__name__, inspect.getattr_static(Dyn, 'mro') is type.__dict__['mro'])
for a in inspect.classify_class_attrs(Derived):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print(inspect.Attribute._fields)


def fn():
    pass


def gen():
    yield 1


async def co():
    pass


async def agen():
    yield 1


lam = lambda: 0
g = gen()
c = co()
ag = agen()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
objs = [('fn', fn), ('gen', gen), ('co', co), ('agen', agen), ('lam', lam), ('g', g), ('c', c), ('ag', ag),
        ('Base', Base), ('Base()', Base()), ('bound', Base().meth), ('Base.meth', Base.meth),
        ('Base.cm', Base.cm), ('len', len), ('append', [].append), ('str.join', str.join),
        ('inspect', inspect), ('prop', Base.__dict__['prop']), ('slot', Base.__dict__['slot']),
        ('code', fn.__code__), ('frame', sys._getframe()), ('tb', tb), ('3', 3),
        ('partial', functools.partial(gen)), ('ABC', abc.ABC)]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
         'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction', 'isasyncgen', 'isasyncgenfunction',
         'isawaitable', 'isframe', 'iscode', 'istraceback', 'isabstract', 'ismemberdescriptor',
         'isdatadescriptor']
for name, o in objs:
    print(name.ljust(10), ' '.join(p[2:] for p in preds if getattr(inspect, p)(o)))
c.close()
print(inspect.ismethoddescriptor(str.join), inspect.ismethoddescriptor(Base.__dict__['sm']),
      inspect.ismethoddescriptor(fn), inspect.ismethoddescriptor(Base.__dict__['prop']))
print(inspect.isdatadescriptor(property()), inspect.isgetsetdescriptor(types.FunctionType.__dict__['__code__']),
      inspect.ismemberdescriptor(Base.slot), inspect.ismethodwrapper(len), inspect.ismethodwrapper(fn))


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable), inspect.isawaitable(gen()))


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class B(A):
    def f(self):
        pass


class Half(A):
    pass


print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(Half), inspect.isabstract(int), inspect.isabstract(3))
print(inspect.getmro(Derived), inspect.getmro(B))
print(hasattr(inspect, 'markcoroutinefunction'), inspect.unwrap(fn) is fn)


def w1():
    pass


def w2():
    pass


w1.__wrapped__ = w2
w2.__wrapped__ = w1
try:
    inspect.unwrap(w1)
except ValueError as e:
    print('ValueError:', str(e).split(' at 0x')[0])
w3 = functools.wraps(fn)(lambda: 0)
w4 = functools.wraps(w3)(lambda: 1)
print(inspect.unwrap(w4) is fn, inspect.unwrap(w4, stop=lambda f: f is w3) is w3, inspect.unwrap(w4, stop=lambda f: True) is w4)
print(inspect.iscoroutinefunction(functools.partial(co)), inspect.isgeneratorfunction(Derived().meth),
      inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(g))
print(inspect.getclasstree([bool, int, object]))
print(inspect.getclasstree([Derived, Base, B, A], unique=True))

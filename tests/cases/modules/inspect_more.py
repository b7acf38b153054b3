# inspect: more binding, partials, class signatures, annotations, members and static
# lookups, comments, getcallargs and frames (edge cases of the documented behaviour).
import functools
import inspect
import types
from inspect import Parameter, Signature


def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])


s = inspect.signature(lambda a, /, **kw: 0)
show(lambda: s.bind(a=1))
show(lambda: s.bind(1, a=2))
show(lambda: s.bind_partial(a=2))
s = inspect.signature(lambda a, b, /: 0)
show(lambda: s.bind_partial(b=1))
s = inspect.signature(lambda a, b=1, *args, c, d=2, **kw: 0)
for ba in [s.bind_partial(c=1), s.bind_partial(1, c=1, b=3, z=3), s.bind(1, 2, 3, 4, c=5, e=6)]:
    print(ba, ba.args, ba.kwargs)
ba = s.bind_partial(b=2, c=3)
print(ba.args, ba.kwargs)
show(lambda: Signature([Parameter('a', 0, default=1), Parameter('b', 1)]))
show(lambda: Parameter('x', 1, default=1).replace(kind=Parameter.VAR_KEYWORD))
show(lambda: repr(Parameter('.1', 0)))
show(lambda: Parameter(Parameter.empty, 0))
show(lambda: repr(Parameter('async', 0)))
show(lambda: Parameter('x', '1'))
show(lambda: repr(Parameter('x', 1.0)))
print(Parameter('a', 1).__reduce__()[1:])
sig = inspect.signature(lambda a, *, b=2: 0)
print(sig.replace(parameters=list(sig.parameters.values())[:1]), sig.__reduce__()[1:])
print(sig.bind(1) == sig.bind(1), sig.bind(1) != sig.bind(2), sig.bind(1) == 3)


def f(a, b, c, d):
    pass


def g(a, /, b, *args, c, **kw):
    pass


for p in [functools.partial(f, 1, c=3), functools.partial(f, b=2), functools.partial(f, 1, 2, 3, 4),
          functools.partial(f, d=1), functools.partial(g, 1, 2, 3), functools.partial(g, b=1, c=2, z=3),
          functools.partial(functools.partial(f, 1), 2), functools.partial(g, 1, x=5)]:
    show(lambda: inspect.signature(p))


class OwnNewInit:
    def __new__(cls, a, b=1):
        return super().__new__(cls)

    def __init__(self, a, b=1, c=2):
        pass


class InitOnly(OwnNewInit):
    def __init__(self, z):
        pass


class NewInherited(OwnNewInit):
    pass


class CallIt:
    def __call__(self, *args, flag=False):
        pass


class Slots:
    __slots__ = ('x',)


class FromInt(int):
    pass


for obj in [OwnNewInit, InitOnly, NewInherited, CallIt(), Slots, FromInt, CallIt.__call__, CallIt().__call__]:
    show(lambda: inspect.signature(obj))


def anno(a: 'int', *args: 'str', k: 'bytes' = b'', **kw: 'float') -> 'None':
    pass


print(inspect.signature(anno), inspect.signature(anno, eval_str=True))
print(inspect.get_annotations(functools.partial(anno, 1)), inspect.get_annotations(types))
print(inspect.get_annotations(anno, eval_str=True, locals={'int': 'shadow'}))


class Base:
    x: int


class Child(Base):
    pass


print(inspect.get_annotations(Child), inspect.get_annotations(Base))
print(inspect.getfullargspec(anno))
print(inspect.getfullargspec(functools.partial(f, 1)))
print(inspect.getcallargs(lambda a, b=1, *c, k, **kw: 0, 1, 2, 3, k=1, z=2))
for fn, args, kwargs in [(lambda *c: 0, (1,), {'a': 3}), (lambda a, b=1: 0, (1, 2, 3), {'b': 3}),
                         (lambda a, *, b=1: 0, (1, 2, 3), {'b': 3}),
                         (lambda a, b=1, *, c, d=1: 0, (1, 2, 3), {'c': 3, 'd': 3}),
                         (lambda a, b, c, d=1: 0, (), {'c': 3}), (lambda a: 0, (), {'a': 1, 'b': 2})]:
    show(lambda: inspect.getcallargs(fn, *args, **kwargs))


class K:
    def m(self, a, b=2):
        pass


print(list(inspect.getcallargs(K().m, 1).items())[1:], inspect.getcallargs(K.m, 1, 2))


class Meta(type):
    meta_attr = 1

    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    data = 3

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    def m(self):
        pass


for a in inspect.classify_class_attrs(WithMeta):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print([n for n, _ in inspect.getmembers(WithMeta) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers_static(WithMeta()) if not n.startswith('__')])
print(inspect.getattr_static(WithMeta, 'meta_attr'), type(inspect.getattr_static(WithMeta, 'meta_method')).__name__)
print(inspect.getattr_static(WithMeta(), 'data'), type(inspect.getattr_static(WithMeta(), 'p')).__name__)


class Shadow:
    p = property(lambda self: 'prop')


sh = Shadow()
sh.__dict__['p'] = 'inst'
sh.__dict__['q'] = 'inst-q'
print(inspect.getattr_static(sh, 'p').__class__.__name__, inspect.getattr_static(sh, 'q'), sh.p)
show(lambda: inspect.getattr_static(3, 'real').__class__.__name__)
show(lambda: inspect.getattr_static(int, 'nope'))
print(inspect.getattr_static(object(), 'nope', 'dflt'))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b: 'int' = 3):
    pass


print(inspect.unwrap(wrapped).__name__, inspect.get_annotations(wrapped, eval_str=True), inspect.signature(wrapped))
print(inspect.getclosurevars(deco(len)).nonlocals)
print(inspect.cleandoc('a\n  b\n   \n  '), inspect.cleandoc('\n  \n a\n  ').split('\n'))
print(inspect.getdoc(K.m), inspect.getdoc(Shadow.p))
print(inspect.formatannotation(list[int], 'builtins'), inspect.formatannotation(Shadow, '__main__'))
print(inspect.formatargvalues(['a'], 'r', None, {'a': 1, 'r': (2,)}))
print(inspect.getmodulename('/x/y/pkg.cpython-311-x86_64-linux-gnu.so'), inspect.getmodulename('a.b.pyc'))
print(inspect.isroutine(len), inspect.isroutine(str.upper), inspect.isroutine(K().m), inspect.isroutine(3))
print(inspect.getclasstree([Child, Base, K], unique=False))
for a in inspect.classify_class_attrs(WithMeta):
    if a.name in ('__new__', '__init__', '__doc__', '__module__', '__dict__', '__class__', '__eq__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)


def textsig():
    pass


for text in ['($self, a, /, b)', '($self)', '(*, a, /)', '(self, $a)', '(a=sys.maxsize, b=sys.nope)',
             '(a=-1, b=(1, 2), c=[])', '(a, b=1, c)', '(a=1e3, b=0x10)', "(a='x,y')", '(a:int)', '(a, *args, b)']:
    textsig.__text_signature__ = text
    show(lambda: inspect.signature(textsig))


class DynBase:
    @types.DynamicClassAttribute
    def dyn(self):
        return 1


class DynChild(DynBase):
    pass


print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(DynChild) if not a.name.startswith('__')])
print([n for n, v in inspect.getmembers(DynChild) if not n.startswith('__')])

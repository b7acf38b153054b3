# inspect.signature: Parameter kinds and str/repr forms, bind/bind_partial and their errors,
# BoundArguments, classes, methods, partials, wrappers, __signature__, Signature validation.
import functools
import inspect
from inspect import Parameter, Signature


def full(a, b: int = 1, /, c=2, *args: str, d, e: 'X' = 3, **kw) -> int:
    pass


sig = inspect.signature(full)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, repr(p.kind), int(p.kind), p.default, p.annotation)
print(type(sig.parameters).__name__, list(sig.parameters), len(sig.parameters), 'd' in sig.parameters)
print(sig.return_annotation, Signature.empty, Parameter.empty, Parameter.empty is Signature.empty)
print(inspect.signature(lambda x, *, y: 0), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0))
print(inspect.signature(lambda a, /: 0), inspect.signature(lambda a, /, *, b: 0), inspect.signature(lambda *, a=1, b: 0))
print(inspect.signature(lambda a=None, b=[1, 'x'], c={'k': (1,)}: 0))


def show_bind(sig, args, kwargs, partial=False):
    try:
        ba = sig.bind_partial(*args, **kwargs) if partial else sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
        return
    print(ba, ba.args, ba.kwargs, ba.arguments)
    ba.apply_defaults()
    print('  defaults:', ba)


s1 = inspect.signature(lambda a, b=2, *c, d, **e: 0)
show_bind(s1, (1,), {'d': 4})
show_bind(s1, (1, 2, 3, 4), {'d': 5, 'z': 6})
show_bind(s1, (), {})
show_bind(s1, (1,), {})
show_bind(s1, (1,), {'d': 1, 'a': 2})
s2 = inspect.signature(lambda a, b, /, c: 0)
show_bind(s2, (1, 2, 3, 4), {})
show_bind(s2, (1,), {'b': 2, 'c': 3})
show_bind(s2, (1, 2), {'c': 3, 'z': 1})
show_bind(s2, (1, 2), {})
show_bind(s2, (1,), {}, partial=True)
show_bind(s2, (), {}, partial=True)
show_bind(s2, (1,), {'b': 2}, partial=True)
show_bind(inspect.signature(lambda a, *, b: 0), (1, 2), {})
show_bind(inspect.signature(lambda a: 0), (1,), {'a': 2})
show_bind(inspect.signature(lambda a, b=1, c=2: 0), (1,), {'c': 5})
s3 = inspect.signature(lambda a, b=2, *args, c=3, **kw: 0)
ba = s3.bind(1)
print(ba == s3.bind(1), ba.signature is s3)
ba.apply_defaults()
print(ba.arguments, ba == s3.bind(1, 2, c=3))


class C:
    def __init__(self, x, y=2):
        pass

    def meth(self, a, *, b=1):
        pass

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm(q):
        pass

    def __call__(self, n, m=0):
        pass


print(inspect.signature(C), inspect.signature(C.meth), inspect.signature(C(1).meth))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))


class Plain:
    pass


class WithNew:
    def __new__(cls, a, b):
        pass


class Meta(type):
    def __call__(cls, p, q=1):
        pass


class Metered(metaclass=Meta):
    pass


class Explicit:
    __signature__ = Signature([Parameter('zz', Parameter.POSITIONAL_ONLY)])


class Inherits(C):
    pass


class PlainMeta(type):
    pass


class VarMethod:
    def m(*args):
        pass


print(inspect.signature(Plain), inspect.signature(WithNew), inspect.signature(Metered))
print(inspect.signature(Explicit), inspect.signature(Inherits), inspect.signature(VarMethod().m))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b=3):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(full, 1, 2, d=4)))
print(inspect.signature(functools.partial(lambda a, b, *c, d: 0, b=2)))
print(inspect.signature(functools.partial(lambda a, /, b: 0, b=3)))
print(inspect.signature(functools.partial(C(1).meth, 1)))


class PM:
    def m(self, a, b):
        pass

    pm = functools.partialmethod(m, 1)


print(inspect.signature(PM.pm), inspect.signature(PM().pm))


def text_sig(a, b):
    pass


text_sig.__text_signature__ = '($self, x, y=None, /, z=-1, *, w="s", **kw)'
print(inspect.signature(text_sig))


class BadSig:
    __signature__ = 'nope'


for bad in [3, PlainMeta, type, BadSig, functools.partial(lambda a: 0, 1, 2)]:
    try:
        print(inspect.signature(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', str(e).split(' at 0x')[0])

print(Parameter('x', Parameter.KEYWORD_ONLY, default=None, annotation=list[int]))
print(repr(Parameter('x', Parameter.VAR_KEYWORD, annotation=dict)), repr(Parameter('x', 1, annotation=C)))
print(repr(Parameter('def', 0)), Parameter('.0', 1), repr(Parameter('s', 1, annotation='str')))
for args in [('x', 9), ('def', 1), ('1a', 1), (3, 1)]:
    try:
        Parameter(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    Parameter('a', Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print('ValueError:', e)
pa = Parameter('a', 1, default=3)
print(pa.replace(name='b'), pa.replace(default=Parameter.empty), pa.replace(kind=Parameter.KEYWORD_ONLY).kind)
print(pa == Parameter('a', 1, default=3), pa == Parameter('a', 1), hash(pa) == hash(Parameter('a', 1, default=3)))
for params in [[Parameter('a', 1, default=1), Parameter('b', 1)],
               [Parameter('a', 3), Parameter('b', 1)],
               [Parameter('a', 1), Parameter('a', 3)]]:
    try:
        Signature(params)
    except ValueError as e:
        print('ValueError:', e)
print(Signature(), Signature([Parameter('a', 0)], return_annotation=list[int]))
print(Signature([Parameter('a', 1, annotation=int, default=1)], return_annotation='r'))
sa = inspect.signature(lambda a, *, b, c: 0)
sb = inspect.signature(lambda a, *, c, b: 0)
print(sa == sb, hash(sa) == hash(sb), sa == inspect.signature(lambda a, b, c: 0), sa != sb)
print(sig.replace(return_annotation=Signature.empty), sig.replace(parameters=[]))
print(Signature.from_callable(full) == sig, inspect.Signature.from_callable(full, follow_wrapped=False))

kinds = list(type(Parameter.KEYWORD_ONLY))
print(kinds, len(kinds))
print(Parameter.KEYWORD_ONLY.name, Parameter.KEYWORD_ONLY.value, Parameter.VAR_KEYWORD > Parameter.KEYWORD_ONLY)
print(Parameter.POSITIONAL_ONLY == 0, f'{Parameter.VAR_POSITIONAL}', str(Parameter.VAR_POSITIONAL), '%s %d' % (Parameter.VAR_POSITIONAL, Parameter.VAR_POSITIONAL))
print(inspect._ParameterKind, inspect._ParameterKind(2), inspect._ParameterKind['VAR_KEYWORD'], bool(Parameter.POSITIONAL_ONLY))
print(sorted([Parameter.VAR_KEYWORD, Parameter.POSITIONAL_ONLY]), isinstance(Parameter.KEYWORD_ONLY, int))
try:
    inspect._ParameterKind(7)
except ValueError as e:
    print('ValueError:', e)


def annotated(a: "int", b: "list[str]") -> "C":
    pass


print(inspect.signature(annotated), inspect.signature(annotated, eval_str=True))
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))


class WithAnn:
    x: int
    y: 'str' = 'a'


print(inspect.get_annotations(WithAnn), inspect.get_annotations(WithAnn, eval_str=True), inspect.get_annotations(C))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError:', e)
print(inspect.formatannotation(int), inspect.formatannotation(C), inspect.formatannotation(list[int]),
      inspect.formatannotation('x'), inspect.formatannotation(None), inspect.formatannotation(inspect.Parameter))
print(inspect.formatannotationrelativeto(Parameter)(Signature))
for text in ['(a=(), b=[1, -2], c={"k": 1}, /)', '(x=sys.maxsize, y=None, z=-1.5, *, w=b"x")', '(a=len)',
             '(a=().__class__)', '(a=1+2, b=os.sep)', '($module, obj, /)', '(a, b, *args, c=True, **kw)',
             'no parens']:
    text_sig.__text_signature__ = text
    try:
        print(inspect.signature(text_sig))
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0], str(e).split('>')[-1])

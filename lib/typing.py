"""typing: the runtime side of type hints (PEP 484 and its successors).

Nothing here checks types. The module builds objects that describe them: the special forms
(Any, Union, Literal...), subscripted aliases (List[int]), type variables, the Generic and
Protocol bases, NamedTuple and TypedDict, and the introspection helpers get_type_hints,
get_origin and get_args. Behaviour follows CPython 3.11; the code is Krait's own.
"""

from abc import abstractmethod, ABCMeta
import collections
import collections.abc
import functools
import operator
import sys
import types
from types import GenericAlias

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]



# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def _show(obj):
    """The spelling of `obj` inside an alias repr: `int`, `pkg.Cls`, `...`, `~T`."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _dunder(name):
    return name[:2] == '__' == name[-2:] and len(name) > 4


def _module_of_caller(skip=1, fallback='__main__'):
    """`__name__` of the module running `skip` frames above our caller."""
    try:
        frame = sys._getframe(skip + 1)
    except (AttributeError, ValueError):
        return fallback
    return frame.f_globals.get('__name__', fallback)


def _as_type(arg, module=None, is_class=False):
    """Annotation shorthand: None means NoneType, a string is a forward reference."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=is_class)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Normalise `arg` with _as_type and refuse what cannot be a type argument."""
    arg = _as_type(arg, module, allow_special_forms)
    if isinstance(arg, _GenericAlias):
        refused = [Generic, Protocol]
        if not allow_special_forms:
            refused.append(ClassVar)
            if is_argument:
                refused.append(Final)
        if any(arg.__origin__ is form for form in refused):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg
    if any(arg is form for form in _PLAIN_FORMS_OK):
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    """What a ParamSpec may stand for: `...`, a list of types, P, Concatenate[...]."""
    return arg is Ellipsis or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _unpacked_tvt(x):
    """True for `*Ts` / `Unpack[Ts]`."""
    if isinstance(x, type):
        return False
    return bool(getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _type_params_of(args):
    """Type variables in `args` (nested aliases and lists included), first-seen order."""
    found = []

    def visit(item):
        if isinstance(item, (tuple, list)):
            for sub in item:
                visit(sub)
            return
        if hasattr(item, '__typing_subst__'):
            candidates = (item,)
        else:
            candidates = getattr(item, '__parameters__', ())
        for var in candidates:
            if var not in found:
                found.append(var)

    for arg in args:
        visit(arg)
    return tuple(found)


def _count_error(what, got, expected):
    word = 'many' if got > expected else 'few'
    return TypeError(f"Too {word} arguments for {what}; actual {got}, expected {expected}")


def _check_generic(cls, parameters, expected):
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    if len(parameters) != expected:
        raise _count_error(cls, len(parameters), expected)


def _splice_unpacked_tuples(args):
    """`*tuple[int, str]` among arguments counts as the two arguments int and str."""
    out = []
    for arg in args:
        items = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if items is None or (items and items[-1] is Ellipsis):
            out.append(arg)
        else:
            out.extend(items)
    return tuple(out)


def _first_of_each(items):
    """`items` without repeats (compared by hash and equality), order kept."""
    seen = set()
    kept = []
    for item in items:
        if item not in seen:
            seen.add(item)
            kept.append(item)
    return kept


def _value_type_pairs(values):
    # Literal[1] and Literal[True] differ although 1 == True: compare values with their types.
    return [(v, type(v)) for v in values]


_cache_clearers = []


def _memoized(typed=False):
    """Cache a builder on its (hashable) positional arguments, as CPython caches aliases.

    With typed=True the argument types are part of the key, so Literal[1] and Literal[True]
    stay apart. Unhashable arguments simply bypass the cache."""
    def wrap(build):
        memo = {}

        @functools.wraps(build)
        def cached(*args, **kwargs):
            if kwargs:
                return build(*args, **kwargs)
            key = args
            if typed:
                key = (args, tuple(map(type, args)))
            try:
                return memo[key]
            except KeyError:
                pass
            except TypeError:
                return build(*args)
            value = build(*args)
            if len(memo) > 255:
                memo.clear()
            memo[key] = value
            return value

        _cache_clearers.append(memo.clear)
        return cached
    return wrap


def _resolve(t, globalns, localns, recursive_guard=frozenset()):
    """`t` with every ForwardRef inside it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, GenericAlias):
        # Rebuild list['int'] as list[ForwardRef('int')] so that the string gets evaluated.
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        starred = getattr(t, '__unpacked__', False)
        if _callable_args_flat(t, args):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
        if starred:
            t = Unpack[t]
    elif not isinstance(t, (_GenericAlias, types.UnionType)):
        return t
    resolved = tuple(_resolve(a, globalns, localns, recursive_guard) for a in t.__args__)
    if resolved == t.__args__:
        return t
    return _rebuild(t, resolved)


def _rebuild(t, args):
    """The alias `t` with its arguments replaced by `args`."""
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, args)
    return t.copy_with(args)


def _callable_args_flat(alias, args):
    """collections.abc.Callable[[int], str] keeps its arguments flat as (int, str)."""
    if alias.__origin__ is not collections.abc.Callable:
        return False
    return not (len(args) == 2 and _is_param_expr(args[0]))


# ---------------------------------------------------------------------------
# Common bases
# ---------------------------------------------------------------------------

class _Final:
    """Base of typing's own objects; user classes cannot derive from them."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


# ---------------------------------------------------------------------------
# Special forms
# ---------------------------------------------------------------------------

class _SpecialForm(_Final, _root=True):
    # A typing construct such as Union or ClassVar; `handler` implements `form[...]`.
    # (No docstring: each instance carries its own `__doc__` in a slot.)

    __slots__ = ('_name', '__doc__', '_getitem')
    __iter__ = None

    def __init__(self, handler):
        self._getitem = handler
        self._name = handler.__name__
        self.__doc__ = handler.__doc__

    def __getattr__(self, item):
        if item == '__name__' or item == '__qualname__':
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    """Literal[a, b] passes its items to the handler as separate arguments."""

    def __getitem__(self, parameters):
        items = parameters if isinstance(parameters, tuple) else (parameters,)
        return self._getitem(self, *items)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: every type is compatible with Any."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls, *args, **kwargs)
        raise TypeError("Any cannot be instantiated")


def _form(doc):
    """Decorator: turn a handler function into the special form of the same name."""
    def make(handler):
        handler.__doc__ = doc
        return _SpecialForm(handler)
    return make


def _unsubscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _wrapping_one_type(message):
    def handler(self, parameters):
        inner = _type_check(parameters, message.format(form=self, name=self._name))
        return _GenericAlias(self, (inner,))
    return handler


def _named(handler, name):
    handler.__name__ = handler.__qualname__ = name
    return handler


_FORM_TABLE = [
    # name, docstring, handler
    ('NoReturn', "Special type indicating functions that never return.", _unsubscriptable),
    ('Never', "The bottom type, a type that has no members.", _unsubscriptable),
    ('Self', "Used to spell the type of \"self\" in classes.", _unsubscriptable),
    ('LiteralString', "Represents an arbitrary literal string.", _unsubscriptable),
    ('TypeAlias', "Special form for marking type aliases.", _unsubscriptable),
    ('ClassVar', "Marks an annotation in a class body as a class variable.",
     '{form} accepts only single type.'),
    ('Final', "Marks a name that must not be reassigned or overridden.",
     '{form} accepts only single type.'),
    ('TypeGuard', "Return annotation of a function that narrows the type of its argument.",
     '{form} accepts only single type.'),
    ('Required', "Marks a TypedDict key as required even in a total=False TypedDict.",
     '{name} accepts only a single type.'),
    ('NotRequired', "Marks a TypedDict key as one that may be missing.",
     '{name} accepts only a single type.'),
]

for _form_name, _form_doc, _form_how in _FORM_TABLE:
    if isinstance(_form_how, str):
        _form_how = _wrapping_one_type(_form_how)
    else:
        _form_how = lambda self, parameters, _h=_form_how: _h(self, parameters)
    globals()[_form_name] = _form(_form_doc)(_named(_form_how, _form_name))
del _form_name, _form_doc, _form_how


@_form("Union type; Union[X, Y] means either X or Y.")
@_memoized()
def Union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    members = tuple(_first_of_each(flat))
    if len(members) == 1:
        return members[0]
    is_optional = len(members) == 2 and type(None) in members
    return _UnionGenericAlias(self, members, name='Optional' if is_optional else None)


@_form("Optional[X] is equivalent to Union[X, None].")
def Optional(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_LiteralSpecialForm
@_memoized(typed=True)
def Literal(self, *parameters):
    """Literal[v, ...]: a type whose only values are the given literals."""
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            values.extend(p.__args__)
        else:
            values.append(p)
    try:
        values = [v for v, _ in _first_of_each(_value_type_pairs(values))]
    except TypeError:
        pass  # unhashable values: kept as given
    return _LiteralGenericAlias(self, tuple(values))


@_form("Concatenate[X, ..., P]: the parameters of P with X, ... added in front.")
@_memoized()
def Concatenate(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    *front, last = parameters
    if not (last is Ellipsis or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    checked = tuple(_type_check(p, msg) for p in front)
    return _ConcatenateGenericAlias(self, checked + (last,))


@_form("Unpack[Ts] is the same as *Ts.")
@_memoized()
def Unpack(self, parameters):
    arg = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(self, (arg,))


_PLAIN_FORMS_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)


# ---------------------------------------------------------------------------
# Forward references
# ---------------------------------------------------------------------------

class ForwardRef(_Final, _root=True):
    """An annotation still in string form, evaluated later by get_type_hints()."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' is not an expression by itself; '(*Ts,)[0]' is, and gives Unpack[Ts].
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_evaluated__ = False
        self.__forward_value__ = None

    def _evaluate(self, globalns, localns, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__, None)
            globalns = getattr(home, '__dict__', globalns)
        raw = eval(self.__forward_code__, globalns, localns)
        checked = _type_check(raw, "Forward references must evaluate to types.",
                              is_argument=self.__forward_is_argument__,
                              allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _resolve(checked, globalns, localns, recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = ''
        if self.__forward_module__ is not None:
            extra = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ---------------------------------------------------------------------------
# Type variables
# ---------------------------------------------------------------------------

class _TypeVarLike(_Final, _root=True):
    """Shared by TypeVar, ParamSpec and TypeVarTuple: named, immutable, pickled by name."""

    def _setup(self, name, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def _set_module(self):
        # The frames are: _set_module, __init__, and then the code that made the variable.
        home = _module_of_caller(2)
        if home != 'typing':
            self.__module__ = home

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'); AnyStr = TypeVar('AnyStr', str, bytes)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, msg) for c in constraints)
        self._set_module()

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.")
        starred = (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack
                   or isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))
        if starred:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_TypeVarLike, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        self._set_module()

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        pos = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[pos + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        after = len(params) - pos - 1
        if len(args) < pos + after:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        end = len(args) - after
        return args[:pos] + (tuple(args[pos:end]),) + args[end:]


class ParamSpecArgs(_Final, _root=True):
    """`P.args`: the type of *args in a function whose parameters are P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.args'

    def __eq__(self, other):
        if isinstance(other, ParamSpecArgs):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ParamSpecKwargs(_Final, _root=True):
    """`P.kwargs`: the type of **kwargs in a function whose parameters are P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'

    def __eq__(self, other):
        if isinstance(other, ParamSpecKwargs):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ParamSpec(_TypeVarLike, _root=True):
    """A parameter specification variable: P = ParamSpec('P'), for Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        self._set_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if _is_param_expr(arg):
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {arg}")

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        pos = params.index(self)
        if pos >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            # C[int, str] for a class generic only in P means C[[int, str]].
            return (args,)
        if isinstance(args[pos], list):
            return args[:pos] + (tuple(args[pos]),) + args[pos + 1:]
        return args


# ---------------------------------------------------------------------------
# Aliases: List, List[int], Callable[[int], str], Union[...], Annotated[...]
# ---------------------------------------------------------------------------

# Attributes stored on an alias itself; any other non-dunder name goes to the origin.
_ALIAS_SLOTS = frozenset({'_name', '_inst', '_nparams'})


def _substitute(alias, args):
    """The new `__args__` of `alias[args]`, binding alias.__parameters__ to `args`."""
    params = alias.__parameters__
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    if len(args) != len(params):
        raise _count_error(alias, len(args), len(params))
    return tuple(_replace_params(alias.__origin__, alias.__args__, dict(zip(params, args))))


def _replace_params(origin, old_args, binding):
    flatten_tuples = origin == collections.abc.Callable
    new_args = []
    for old in old_args:
        if isinstance(old, type) and not isinstance(old, GenericAlias):
            new_args.append(old)
            continue
        if hasattr(old, '__typing_subst__'):
            new = old.__typing_subst__(binding[old])
        else:
            inner = getattr(old, '__parameters__', ())
            if inner:
                values = []
                for p in inner:
                    if isinstance(p, TypeVarTuple):
                        values.extend(binding[p])
                    else:
                        values.append(binding[p])
                new = old[tuple(values)]
            else:
                new = old
        if flatten_tuples and isinstance(new, tuple) or _unpacked_tvt(old):
            new_args.extend(new)
        elif isinstance(old, tuple):
            new_args.append(tuple(_replace_params(origin, old, binding)))
        else:
            new_args.append(new)
    return new_args


class _AliasBase(_Final, _root=True):
    """What every alias shares: instantiation, subclassing, attribute forwarding."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        instance = self.__origin__(*args, **kwargs)
        try:
            instance.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return instance

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        rest = bases[bases.index(self) + 1:]
        generic_later = any(isinstance(b, _AliasBase) or issubclass(b, Generic) for b in rest)
        if not generic_later:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name or self.__origin__.__name__
        if not _dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if attr in _ALIAS_SLOTS or _dunder(attr):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        names = set(super().__dir__())
        names.update(a for a in dir(self.__origin__) if not _dunder(a))
        return sorted(names)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_AliasBase, _root=True):
    """A subscripted alias: List[int], Box[T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _type_params_of(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    @_memoized()
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = _splice_unpacked_tuples(_as_type(a) for a in args)
        return self.copy_with(_substitute(self, args))

    def __iter__(self):
        yield Unpack[self]

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _show(self.__origin__)
        inner = ', '.join(_show(a) for a in self.__args__) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            rest = bases[bases.index(self) + 1:]
            if any(isinstance(b, _AliasBase) and b is not self for b in rest):
                return ()
        return (origin,)


class _SpecialGenericAlias(_AliasBase, _root=True):
    """An unsubscripted alias of a builtin or ABC: List, Mapping, Callable..."""

    __iter__ = None

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_memoized()
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


class _CallableGenericAlias(_GenericAlias, _root=True):
    """Callable[[A, B], R], stored flat as __args__ == (A, B, R)."""

    __iter__ = None

    def _params_are_expression(self):
        return len(self.__args__) == 2 and _is_param_expr(self.__args__[0])

    def __repr__(self):
        if self._params_are_expression():
            return super().__repr__()
        *params, result = self.__args__
        shown = ', '.join(_show(p) for p in params)
        return f'typing.Callable[[{shown}], {_show(result)}]'

    def __reduce__(self):
        args = self.__args__
        if not self._params_are_expression():
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    """The bare `Callable`."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)  # lists are unhashable: the cache below needs a tuple
        return self.__getitem_inner__((args, result))

    @_memoized()
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((Ellipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(_as_type(a) for a in args) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    """The bare `Tuple`: takes any number of arguments, or `T, ...`."""

    @_memoized()
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) > 1 and params[-1] is Ellipsis:
            msg = "Tuple[t, ...]: t must be a type."
            return self.copy_with(tuple(_type_check(p, msg) for p in params[:-1]) + (Ellipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))


class _UnionGenericAlias(_GenericAlias, _root=True):
    """Union[X, Y]; its members compare as a set."""

    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            if other is not type(None):
                return f'typing.Optional[{_show(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]; equal when the same values of the same types appear, in any order."""

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return set(_value_type_pairs(self.__args__)) == set(_value_type_pairs(other.__args__))
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(_value_type_pairs(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[X, P]: substituting P with a list splices that list in."""

    def copy_with(self, params):
        *front, last = params
        if isinstance(last, (list, tuple)):
            return (*front, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*front, *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[X], shown as *X."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        if isinstance(inner, _GenericAlias):
            return inner.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: __origin__ is T and the extra items are __metadata__."""

    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, a], b] flattens to Annotated[T, a, b].
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(map(repr, self.__metadata__))
        return f'typing.Annotated[{_show(self.__origin__)}, {extras}]'

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x attached."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_memoized()
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        if _unpacked_tvt(params[0]):
            raise TypeError("Annotated[...] should not be used with an "
                            "unpacked TypeVarTuple")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------------------
# Generic and Protocol
# ---------------------------------------------------------------------------

def _is_type_var(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _unpacked_tvt(x)


class Generic:
    """Base of user-defined generic classes: `class Box(Generic[T]): ...`."""

    __slots__ = ()
    _is_protocol = False

    @_memoized()
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type(p) for p in params)
        if cls is Generic or cls is Protocol:
            # Declaring the parameters: Generic[T, U].
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_type_var(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        # Specialising a generic class: Box[int].
        declared = cls.__parameters__
        for var in declared:
            prepare = getattr(var, '__typing_prepare_subst__', None)
            if prepare is not None:
                params = prepare(cls, params)
        _check_generic(cls, params, len(declared))
        args = []
        for var, value in zip(declared, params):
            args.extend(value) if isinstance(var, TypeVarTuple) else args.append(value)
        return _GenericAlias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            bare_generic = Generic in cls.__orig_bases__
        else:
            bare_generic = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                            and type(cls) != _TypedDictMeta)
        if bare_generic:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' not in own:
            cls.__parameters__ = ()
            return
        found = _type_params_of(cls.__orig_bases__)
        declared = None
        for base in cls.__orig_bases__:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple types.")
                declared = base.__parameters__
        if declared is not None:
            missing = [v for v in found if v not in declared]
            if missing:
                listed = ', '.join(map(str, missing))
                allowed = ', '.join(map(str, declared))
                raise TypeError(f"Some type variables ({listed}) are"
                                f" not listed in Generic[{allowed}]")
            found = declared
        cls.__parameters__ = tuple(found)


# Names a protocol class has that are not part of the protocol.
_NOT_PROTOCOL_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_MutableMapping__marker'})


def _protocol_members(cls):
    """Every attribute a protocol requires, from all of its protocol bases."""
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ == 'Protocol' or klass.__name__ == 'Generic':
            continue
        for name in list(klass.__dict__) + list(getattr(klass, '__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _protocol_init(self, *args, **kwargs):
    # Stands in for __init__ on protocol classes. A concrete subclass gets the first real
    # __init__ along its MRO the first time it is instantiated.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _protocol_init:
        return
    for klass in cls.__mro__:
        found = klass.__dict__.get('__init__', _protocol_init)
        if found is not _protocol_init:
            cls.__init__ = found
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _from_abc_machinery(depth=3):
    """True when abc or functools (not user code) is asking for the class check."""
    return _module_of_caller(depth) in ('abc', 'functools', None)


_NON_PROTOCOL_BASES_OK = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
                        'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}

_NEEDS_RUNTIME = ("Instance and class checks can only be used with"
                  " @runtime_checkable protocols")


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            if not _from_abc_machinery(depth=2):
                raise TypeError(_NEEDS_RUNTIME)
        if not is_protocol or _only_methods(cls):
            if issubclass(instance.__class__, cls):
                return True
        if is_protocol and all(_has_member(cls, instance, name)
                               for name in _protocol_members(cls)):
            return True
        return super().__instancecheck__(instance)


def _has_member(proto, instance, name):
    # A method set to None on the instance means "not supported".
    if not hasattr(instance, name):
        return False
    return not callable(getattr(proto, name, None)) or getattr(instance, name) is not None


def _structural_hook(cls):
    """The __subclasshook__ of a protocol: does `other` provide every member?"""
    def __subclasshook__(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _from_abc_machinery():
                return NotImplemented
            raise TypeError(_NEEDS_RUNTIME)
        if not _only_methods(cls):
            if _from_abc_machinery():
                return NotImplemented
            raise TypeError("Protocols with non-method members"
                            " don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _protocol_members(cls):
            provided = _provider(other, name)
            if provided is None or provided.__dict__.get(name, True) is None:
                return NotImplemented
        return True
    return __subclasshook__


def _provider(cls, name):
    """The class along cls.__mro__ that defines or (for protocols) annotates `name`."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
        notes = getattr(klass, '__annotations__', {})
        if (isinstance(notes, collections.abc.Mapping) and name in notes
                and issubclass(cls, Generic) and cls._is_protocol):
            return klass
    return None


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which describe types structurally (PEP 544)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _structural_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base is object or base is Generic
                       or base.__name__ in _NON_PROTOCOL_BASES_OK.get(base.__module__, ())
                       or issubclass(base, Generic) and base._is_protocol)
            if not allowed:
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Class decorator: allow isinstance()/issubclass() against a protocol class."""
    if not (issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Functions and decorators for type checkers
# ---------------------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker that `val` has type `typ`; at runtime `val` is returned as is."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that `val` has type `typ`; returns `val`."""
    return val


def assert_never(arg, /):
    """Mark code a type checker should prove unreachable; raises if it is reached."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Report the runtime type of `obj` on stderr and return `obj`."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                    kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = settings
        return target
    return mark


def final(f):
    """Mark a method or class as final (sets `__final__` where possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def _defined_in(cls, obj):
    """Whether `obj`, found on class `cls`, was written in the body of `cls` itself."""
    if not hasattr(obj, '__qualname__'):
        return False
    return (obj.__qualname__ == f'{cls.__qualname__}.{obj.__name__}'
            and getattr(obj, '__module__', None) == cls.__module__)


def no_type_check(arg):
    """Decorator: the annotations of this function (or every method of this class) are
    not type hints."""
    if isinstance(arg, type):
        for name in dir(arg):
            member = getattr(arg, name)
            if not _defined_in(arg, member):
                continue
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            elif isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` apply no_type_check to what it returns."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """Stands in for an @overload-decorated function: calling it is an error."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# {module: {qualname: {first line: function}}}
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)  # classmethod / staticmethod
    return func, func.__module__, func.__qualname__


def overload(func):
    """Decorator for the typed signatures of an overloaded function."""
    try:
        inner, module, qualname = _overload_key(func)
        line = inner.__code__.co_firstlineno
        _overloads.setdefault(module, {}).setdefault(qualname, {})[line] = func
    except AttributeError:
        pass  # not a Python function: nothing to remember
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for `func`, in definition order."""
    _, module, qualname = _overload_key(func)
    return list(_overloads.get(module, {}).get(qualname, {}).values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overloads.clear()


# ---------------------------------------------------------------------------
# Introspection
# ---------------------------------------------------------------------------

def _strip_annotations(t):
    """`t` with Annotated, Required and NotRequired wrappers removed at every depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    stripped = tuple(map(_strip_annotations, t.__args__))
    if stripped == t.__args__:
        return t
    return _rebuild(t, stripped)


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get('__annotations__', {})
        if isinstance(own, types.GetSetDescriptorType):
            continue  # a builtin class: no annotations of its own
        if globalns is None:
            module = sys.modules.get(klass.__module__, None)
            g = getattr(module, '__dict__', {})
        else:
            g = globalns
        l = dict(vars(klass)) if localns is None else localns
        if globalns is None and localns is None:
            # Names of the class body shadow the module's, as when the body ran.
            g, l = l, g
        for name, value in own.items():
            if value is None:
                value = type(None)
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=False, is_class=True)
            hints[name] = _resolve(value, g, l)
    return hints


_NO_ANNOTATIONS_OK = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                      types.ModuleType, types.WrapperDescriptorType, types.MethodWrapperType,
                      types.MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function as a dict, with forward
    references evaluated; Annotated wrappers are removed unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                target = obj
                while hasattr(target, '__wrapped__'):
                    target = target.__wrapped__
                globalns = getattr(target, '__globals__', {})
        if localns is None:
            localns = globalns
        raw = getattr(obj, '__annotations__', None)
        if raw is None:
            if isinstance(obj, _NO_ANNOTATIONS_OK):
                return {}
            raise TypeError('{!r} is not a module, class, method, '
                            'or function.'.format(obj))
        in_module = isinstance(obj, types.ModuleType)
        hints = {}
        for name, value in raw.items():
            if value is None:
                value = type(None)
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=not in_module, is_class=False)
            hints[name] = _resolve(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of `tp`: get_origin(List[int]) is list; None if there is
    none."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_AliasBase, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of `tp`: get_args(Dict[int, str]) == (int, str); () if none."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        args = tp.__args__
        if _callable_args_flat(tp, args):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Whether `tp` is a class made with TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# Aliases of builtins and collections.abc classes
# ---------------------------------------------------------------------------

# arity -> the collections.abc classes aliased under their own names
_ABC_ARITY = {
    0: 'Hashable Sized ByteString',
    1: ('Awaitable AsyncIterable AsyncIterator Iterable Iterator Reversible Container '
        'Collection MutableSet Sequence MutableSequence MappingView KeysView ValuesView'),
    2: 'Mapping MutableMapping ItemsView AsyncGenerator',
    3: 'Coroutine Generator',
}
for _arity, _names in _ABC_ARITY.items():
    for _abc_name in _names.split():
        globals()[_abc_name] = _SpecialGenericAlias(getattr(collections.abc, _abc_name), _arity)
del _arity, _names, _abc_name

Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = "Deprecated alias to collections.abc.Callable."
AbstractSet = _SpecialGenericAlias(collections.abc.Set, 1, name='AbstractSet')

# Builtins are not instantiable through their alias: List() is an error, list() is not.
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
for _builtin, _alias_name, _arity in ((list, 'List', 1), (set, 'Set', 1),
                                      (frozenset, 'FrozenSet', 1), (dict, 'Dict', 2),
                                      (type, 'Type', 1)):
    globals()[_alias_name] = _SpecialGenericAlias(_builtin, _arity, inst=False,
                                                  name=_alias_name)
del _builtin, _alias_name, _arity
Type.__doc__ = "Deprecated alias to builtins.type."

for _alias_name, _origin, _arity in (('Deque', collections.deque, 1),
                                     ('DefaultDict', collections.defaultdict, 2),
                                     ('OrderedDict', collections.OrderedDict, 2),
                                     ('Counter', collections.Counter, 1),
                                     ('ChainMap', collections.ChainMap, 2)):
    globals()[_alias_name] = _SpecialGenericAlias(_origin, _arity, name=_alias_name)
del _alias_name, _origin, _arity


def _contextlib_aliases():
    import contextlib
    return (_SpecialGenericAlias(contextlib.AbstractContextManager, 1, name='ContextManager'),
            _SpecialGenericAlias(contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager'))


ContextManager, AsyncContextManager = _contextlib_aliases()

Text = str
TYPE_CHECKING = False
AnyStr = TypeVar('AnyStr', bytes, str)

# The variables typing's own generic classes are declared with.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

try:
    import re as _re
except ImportError:
    # Krait may be built without `re`; the two aliases are simply absent then.
    __all__.remove('Pattern')
    __all__.remove('Match')
else:
    Pattern = _SpecialGenericAlias(_re.Pattern, 1)
    Match = _SpecialGenericAlias(_re.Match, 1)


# ---------------------------------------------------------------------------
# Runtime protocols for the numeric conversion methods
# ---------------------------------------------------------------------------

def _conversion_protocol(name, method, result):
    """A runtime-checkable protocol with the one abstract method `method`."""
    def stub(self):
        pass
    stub.__name__ = method
    stub.__qualname__ = f'{name}.{method}'
    stub.__annotations__ = {'return': result}
    body = {'__module__': __name__, '__qualname__': name, '__slots__': (),
            '__doc__': f"Protocol of the objects that define {method}().",
            method: abstractmethod(stub)}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), body))


SupportsInt = _conversion_protocol('SupportsInt', '__int__', int)
SupportsFloat = _conversion_protocol('SupportsFloat', '__float__', float)
SupportsComplex = _conversion_protocol('SupportsComplex', '__complex__', complex)
SupportsBytes = _conversion_protocol('SupportsBytes', '__bytes__', bytes)
SupportsIndex = _conversion_protocol('SupportsIndex', '__index__', int)


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """Protocol of objects that abs() accepts; generic in the result type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """Protocol of objects that round() accepts; generic in the result type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------------------
# NamedTuple
# ---------------------------------------------------------------------------

def _typed_namedtuple(name, fields, module, defaults=()):
    """collections.namedtuple() plus the field annotations."""
    fields = list(fields)
    hints = {}
    for field, hint in fields:
        hints[field] = _type_check(hint, f"field {field} annotation must be a type")
    cls = collections.namedtuple(name, [f for f, _ in fields], defaults=defaults,
                                 module=module)
    cls.__annotations__ = hints
    cls.__new__.__annotations__ = hints
    return cls


# Names a NamedTuple class body may not define, and names that are not copied over.
_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                  '_fields', '_field_defaults', '_make', '_replace',
                                  '_asdict', '_source'})
_NAMEDTUPLE_SKIPPED = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        fields = ns.get('__annotations__', {})
        defaulted = []
        for field in fields:
            if field in ns:
                defaulted.append(field)
            elif defaulted:
                plural = 's' if len(defaulted) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(defaulted)}")
        made = _typed_namedtuple(typename, fields.items(), ns['__module__'],
                                 [ns[f] for f in defaulted])
        if Generic in bases:
            # Rebuild the class with Generic among its bases (Krait cannot reassign
            # __bases__), keeping the namedtuple's methods and properties.
            body = dict(made.__dict__)
            body.pop('__dict__', None)
            body.pop('__weakref__', None)
            body['__orig_bases__'] = ns.get('__orig_bases__', bases)
            made = type(typename, bases, body)
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIPPED and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with typed fields:

        class Point(NamedTuple):
            x: int
            y: int = 0

    or Point = NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, fields, module=_module_of_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------------------
# TypedDict
# ---------------------------------------------------------------------------

def _key_is_required(hint, total):
    """Required[...] / NotRequired[...] (possibly inside Annotated) override `total`."""
    origin = get_origin(hint)
    if origin is Annotated and get_args(hint):
        origin = get_origin(get_args(hint)[0])
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        extra = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        td = type.__new__(_TypedDictMeta, name, extra + (dict,), ns)

        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, msg, module=td.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            hints.update(inherited.get('__annotations__', {}))
            required |= set(inherited.get('__required_keys__', ()))
            optional |= set(inherited.get('__optional_keys__', ()))
        hints.update(own)
        for key, hint in own.items():
            if _key_is_required(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        td.__annotations__ = hints
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        if not hasattr(td, '__total__'):
            td.__total__ = total
        return td

    # Calling a TypedDict class makes a plain dict.
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys are fixed strings, each with its own value type:

        class Movie(TypedDict):
            title: str
            year: int

    or Movie = TypedDict('Movie', {'title': str, 'year': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=2,
        )
    ns = {'__annotations__': dict(fields)}
    module = _module_of_caller(fallback=None)
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---------------------------------------------------------------------------
# NewType
# ---------------------------------------------------------------------------

class NewType:
    """NewType('UserId', int) names a distinct type for the checker; at runtime, calling
    it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _module_of_caller()
        if home != 'typing':
            self.__module__ = home

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{name} = NewType({name!r}, {supertype_name})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# IO: the generic shape of file objects
# ---------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO, the types open() returns."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str: ...

    @property
    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def close(self) -> None: ...

    @property
    @abstractmethod
    def closed(self) -> bool: ...

    @abstractmethod
    def fileno(self) -> int: ...

    @abstractmethod
    def flush(self) -> None: ...

    @abstractmethod
    def isatty(self) -> bool: ...

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: ...

    @abstractmethod
    def readable(self) -> bool: ...

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: ...

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]: ...

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: ...

    @abstractmethod
    def seekable(self) -> bool: ...

    @abstractmethod
    def tell(self) -> int: ...

    @abstractmethod
    def truncate(self, size: int = None) -> int: ...

    @abstractmethod
    def writable(self) -> bool: ...

    @abstractmethod
    def write(self, s: AnyStr) -> int: ...

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None: ...

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]': ...

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: ...


class BinaryIO(IO[bytes]):
    """IO[bytes]: a file opened in binary mode."""

    __slots__ = ()

    @abstractmethod
    def write(self, s) -> int: ...

    @abstractmethod
    def __enter__(self) -> 'BinaryIO': ...


class TextIO(IO[str]):
    """IO[str]: a file opened in text mode."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO: ...

    @property
    @abstractmethod
    def encoding(self) -> str: ...

    @property
    @abstractmethod
    def errors(self): ...

    @property
    @abstractmethod
    def line_buffering(self) -> bool: ...

    @property
    @abstractmethod
    def newlines(self): ...

    @abstractmethod
    def __enter__(self) -> 'TextIO': ...

"""Signatures for inspect (PEP 362): Parameter, Signature, BoundArguments and signature(),
with the derivation of a signature from functions, partials, bound methods, classes and the
text signatures of native callables. Split from inspect.py by concern; everything defined
here is re-exported by inspect and reports `inspect` as its module.
"""

import builtins
import functools
import sys
import types
from collections import OrderedDict
from keyword import iskeyword

# This module is imported at the end of inspect.py, whose names are all defined by then.
from inspect import (
    _NAME,
    _NUMBER,
    _OP,
    _STRING,
    _code_arg_names,
    _tokens,
    formatannotation,
    get_annotations,
    isbuiltin,
    isclass,
    isfunction,
    ismethoddescriptor,
    ismodule,
    unwrap,
)

# ------------------------------------------------------------------ signatures (PEP 362)
class _void:
    """Marker for "argument not given" in the replace() methods."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKindType(type):
    """The class of _ParameterKind: enumeration behaviour (iteration, lookup by value or
    name, the enum repr) for a fixed set of int members."""

    def __call__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_list:
                if member._value_ == value:
                    return member
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._member_list)

    def __reversed__(cls):
        return reversed(cls._member_list)

    def __len__(cls):
        return len(cls._member_list)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class _ParameterKind(int, metaclass=_ParameterKindType):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return self._name_

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return int.__format__(self, format_spec)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


def _make_parameter_kinds():
    kinds = (('POSITIONAL_ONLY', 'positional-only'),
             ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
             ('VAR_POSITIONAL', 'variadic positional'),
             ('KEYWORD_ONLY', 'keyword-only'),
             ('VAR_KEYWORD', 'variadic keyword'))
    members = []
    for value, (name, description) in enumerate(kinds):
        member = int.__new__(_ParameterKind, value)
        member._name_ = name
        member._value_ = value
        member.description = description
        members.append(member)
        type.__setattr__(_ParameterKind, name, member)
    type.__setattr__(_ParameterKind, '_member_list', members)
    type.__setattr__(_ParameterKind, '_member_names_', [m._name_ for m in members])
    type.__setattr__(_ParameterKind, '_member_map_', {m._name_: m for m in members})
    type.__setattr__(_ParameterKind, '_value2member_map_', {m._value_: m for m in members})


_make_parameter_kinds()
del _make_parameter_kinds

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


_ordered_dict_works = None


def _new_ordered_dict(items=()):
    """An OrderedDict as CPython's Signature keeps its parameters in (a plain dict if this
    runtime's OrderedDict cannot be built)."""
    global _ordered_dict_works
    items = list(items)
    if _ordered_dict_works is not False:
        try:
            result = OrderedDict(items)
            _ordered_dict_works = True
            return result
        except (TypeError, AttributeError):
            if _ordered_dict_works:
                raise
            _ordered_dict_works = False
    return dict(items)



class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (the last two
    Parameter.empty when absent). Immutable; replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # '.0', the hidden argument of a comprehension's code object.
            if kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or (iskeyword(name) and kind is not _POSITIONAL_ONLY):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of this parameter with the given attributes changed."""
        changes = {'name': name, 'kind': kind, 'annotation': annotation, 'default': default}
        current = {'name': self._name, 'kind': self._kind,
                   'annotation': self._annotation, 'default': self._default}
        merged = {key: current[key] if value is _void else value
                  for key, value in changes.items()}
        return type(self)(merged['name'], merged['kind'], default=merged['default'],
                          annotation=merged['annotation'])

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            separator = ' = ' if self._annotation is not _empty else '='
            text += separator + repr(self._default)
        if self._kind is _VAR_POSITIONAL:
            return '*' + text
        if self._kind is _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return self._key() == other._key()


class BoundArguments:
    """The result of Signature.bind: .arguments maps parameter names to the values bound
    to them; .args and .kwargs rebuild a call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _split(self):
        """(positional values, keyword values) that reproduce the bound call: parameters
        go positionally up to the first that is keyword-only or not bound."""
        positional = []
        keywords = {}
        in_positional = True
        for param in self._signature.parameters.values():
            name = param.name
            if in_positional:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    in_positional = False
                elif name not in self.arguments:
                    in_positional = False
                    continue
                else:
                    value = self.arguments[name]
                    if param.kind is _VAR_POSITIONAL:
                        positional.extend(value)
                    else:
                        positional.append(value)
                    continue
            if name in self.arguments:
                if param.kind is _VAR_KEYWORD:
                    keywords.update(self.arguments[name])
                else:
                    keywords[name] = self.arguments[name]
        return positional, keywords

    @property
    def args(self):
        return tuple(self._split()[0])

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Add the defaults of unbound parameters to .arguments (() and {} for *args and
        **kwargs), keeping the signature's order."""
        completed = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                completed[name] = self.arguments[name]
            elif param.default is not _empty:
                completed[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                completed[name] = ()
            elif param.kind is _VAR_KEYWORD:
                completed[name] = {}
        self.arguments = completed

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


def _positional_only_error(name):
    return TypeError(f'{name!r} parameter is positional only, but was passed as a keyword')


def _missing_error(name):
    return TypeError(f'missing a required argument: {name!r}')


class Signature:
    """The parameters and return annotation of a callable. Immutable; .parameters is a
    read-only ordered mapping of names to Parameter objects."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        by_name = _new_ordered_dict()
        if parameters is not None:
            parameters = list(parameters)
            if __validate_parameters__:
                _check_parameter_list(parameters)
            for param in parameters:
                by_name[param.name] = param
        self._parameters = types.MappingProxyType(by_name)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of any callable obj."""
        return _derive_signature(obj, sigcls=cls, follow_wrapped=follow_wrapped,
                                 globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of this signature with the parameters or return annotation changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _comparison_key(self):
        # Keyword-only parameters compare regardless of their order.
        ordered = []
        keyword_only = {}
        for param in self._parameters.values():
            if param.kind is _KEYWORD_ONLY:
                keyword_only[param.name] = param
            else:
                ordered.append(param)
        return tuple(ordered), keyword_only, self._return_annotation

    def __hash__(self):
        ordered, keyword_only, annotation = self._comparison_key()
        return hash((ordered, frozenset(keyword_only.values()), annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._comparison_key() == other._comparison_key()

    def _bind(self, args, kwargs, *, partial=False):
        """BoundArguments for a call with args and kwargs, or the TypeError the call would
        raise; with partial, missing required arguments are allowed."""
        params = list(self._parameters.values())
        keywords = dict(kwargs)
        bound = {}
        index = 0
        # Positional arguments fill the parameters in order.
        for position, value in enumerate(args):
            if index == len(params) or params[index].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            param = params[index]
            index += 1
            if param.kind is _VAR_POSITIONAL:
                bound[param.name] = tuple(args[position:])
                break
            if param.kind is not _POSITIONAL_ONLY and param.name in keywords:
                raise TypeError(f'multiple values for argument {param.name!r}')
            bound[param.name] = value
        else:
            if index < len(params):
                param = params[index]
                if param.kind is _VAR_POSITIONAL:
                    index += 1          # an empty *args
                elif param.name in keywords:
                    if param.kind is _POSITIONAL_ONLY:
                        raise _positional_only_error(param.name)
                elif (param.kind is not _VAR_KEYWORD and param.default is _empty
                      and not partial):
                    raise _missing_error(param.name)
        # The rest of the parameters take keyword arguments.
        catch_all = None
        for param in params[index:]:
            if param.kind is _VAR_KEYWORD:
                catch_all = param.name
            elif param.kind is _VAR_POSITIONAL:
                continue
            elif param.name in keywords:
                if param.kind is _POSITIONAL_ONLY:
                    raise _positional_only_error(param.name)
                bound[param.name] = keywords.pop(param.name)
            elif not partial and param.default is _empty:
                raise _missing_error(param.name)
        if keywords:
            if catch_all is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(keywords))!r}')
            bound[catch_all] = keywords
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments mapping args and kwargs to the parameters; TypeError if a call
        with them would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        shown = []
        slash_due = False       # positional-only parameters wait for their '/'
        star_due = True         # keyword-only parameters need a bare '*' before them
        for param in self._parameters.values():
            kind = param.kind
            if slash_due and kind is not _POSITIONAL_ONLY:
                shown.append('/')
                slash_due = False
            if kind is _POSITIONAL_ONLY:
                slash_due = True
            elif kind is _VAR_POSITIONAL:
                star_due = False
            elif kind is _KEYWORD_ONLY and star_due:
                shown.append('*')
                star_due = False
            shown.append(str(param))
        if slash_due:
            shown.append('/')
        text = '(' + ', '.join(shown) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _check_parameter_list(parameters):
    """ValueError unless the parameters come in kind order, without a required positional
    parameter after one with a default, and with distinct names."""
    names = set()
    highest = _POSITIONAL_ONLY
    had_default = False
    for param in parameters:
        kind = param.kind
        if kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter '
                             f'before {kind.description} parameter')
        if kind > highest:
            highest = kind
            had_default = False     # CPython 3.11.2 checks defaults within one kind only
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is not _empty:
                had_default = True
            elif had_default:
                raise ValueError('non-default argument follows default argument')
        if param.name in names:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        names.add(param.name)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# ------------------------------------------------------------------ deriving signatures
# Callables implemented in the runtime: their signature can only come from a text signature.
_RUNTIME_CALLABLE_TYPES = (types.WrapperDescriptorType, types.MethodWrapperType,
                           types.ClassMethodDescriptorType, types.BuiltinFunctionType)

# Text signatures of builtins that Krait's objects do not carry themselves.
_BUILTIN_TEXT_SIGNATURES = {object: '()'}


def _python_level_attribute(owner, name):
    """owner's attribute name when it is something other than a runtime-implemented
    callable (so a signature can be derived from it), else None."""
    found = getattr(owner, name, None)
    if found is None or isinstance(found, _RUNTIME_CALLABLE_TYPES):
        return None
    return found


def _without_first_parameter(sig):
    """sig as seen through a bound method: the first parameter is taken by the instance
    (a leading *args stays: it takes the instance and still more)."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind is not _VAR_POSITIONAL:
        del params[0]
    return sig.replace(parameters=params)


def _partial_signature(sig, partial, leading=()):
    """The signature left of sig once partial's arguments (after leading) are applied.
    Parameters bound by position disappear; one bound by keyword keeps the value as its
    default and, like every parameter after it, becomes keyword-only."""
    args = leading + tuple(partial.args or ())
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords).arguments
    except TypeError as exc:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from exc
    remaining = []
    keyword_mode = False
    for param in sig.parameters.values():
        kind = param.kind
        given = param.name in bound
        if given and kind is _POSITIONAL_OR_KEYWORD and param.name in keywords:
            keyword_mode = True
        if given and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and not keyword_mode:
            continue                            # filled positionally
        if given and kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            param = param.replace(default=bound[param.name])
        if keyword_mode:
            if kind is _VAR_POSITIONAL:
                continue
            if kind is _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        remaining.append(param)
    return sig.replace(parameters=remaining)


def _looks_like_function(obj):
    """Whether obj (not a class) has the attributes of a Python function, so that its
    signature can be read the same way (Cython functions do this)."""
    if isclass(obj) or not callable(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _is_runtime_callable(obj):
    """Whether obj is implemented in the runtime (its signature comes from text)."""
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _RUNTIME_CALLABLE_TYPES) or obj is type or obj is object)


def _function_signature(sigcls, func, globals=None, locals=None, eval_str=False):
    """The signature of a Python function (or a function-like object), read from its code
    object, defaults and annotations."""
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError(f'{func!r} is not a Python function')
    text = getattr(func, '__text_signature__', None)
    if text:
        return _parse_text_signature(sigcls, func, text)
    make = sigcls._parameter_cls
    code = func.__code__
    positional, keyword_only, star, starstar = _code_arg_names(code)
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = len(positional) - len(defaults)
    params = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(make(name, kind, default=default, annotation=notes.get(name, _empty)))
    if star is not None:
        params.append(make(star, _VAR_POSITIONAL, annotation=notes.get(star, _empty)))
    for name in keyword_only:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=notes.get(name, _empty)))
    if starstar is not None:
        params.append(make(starstar, _VAR_KEYWORD, annotation=notes.get(starstar, _empty)))
    return sigcls(params, return_annotation=notes.get('return', _empty),
                  __validate_parameters__=duck)


def _builtin_signature(sigcls, func, drop_bound=True):
    """The signature of a runtime-implemented callable, from its __text_signature__."""
    if not _is_runtime_callable(func):
        raise TypeError(f'{func!r} is not a Python builtin function')
    text = getattr(func, '__text_signature__', None)
    if not text:
        try:
            text = _BUILTIN_TEXT_SIGNATURES.get(func)
        except TypeError:       # unhashable
            text = None
    if not text:
        raise ValueError(f'no signature found for builtin {func!r}')
    return _parse_text_signature(sigcls, func, text, drop_bound)


# ------------------------------------------------------------------ text signatures
def _split_text_signature(text):
    """The parameters of an Argument Clinic text signature '(a, b=1, /, *, c)' as a list
    of strings split at top-level commas, or None if it is not parenthesised."""
    text = text.strip()
    if not (text.startswith('(') and text.endswith(')')):
        return None
    body = text[1:-1]
    parts = []
    depth = 0
    quote = None
    current = []
    i = 0
    while i < len(body):
        ch = body[i]
        if quote:
            current.append(ch)
            if ch == '\\' and i + 1 < len(body):
                current.append(body[i + 1])
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            current.append(ch)
        elif ch in '([{':
            depth += 1
            current.append(ch)
        elif ch in ')]}':
            depth -= 1
            current.append(ch)
        elif ch == ',' and depth == 0:
            parts.append(''.join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    last = ''.join(current).strip()
    if last:
        parts.append(last)      # a trailing comma adds no parameter
    if quote or depth:
        return None
    return parts



_LITERAL_TYPES = (str, int, float, bytes, bool, type(None))


class _TextSignatureError(Exception):
    pass


def _resolve_dotted(dotted, module_ns):
    """The value of a dotted name in a text signature's default (looked up in the module of
    the callable, then among all modules); only plain constants are allowed."""
    head, *rest = dotted.split('.')
    for namespace in (module_ns, sys.modules):
        if head in namespace:
            value = namespace[head]
            break
    else:
        if hasattr(builtins, head) and head not in module_ns:
            value = getattr(builtins, head)
        else:
            raise _TextSignatureError(dotted)
    for part in rest:
        value = getattr(value, part)    # an AttributeError goes to the caller, as in CPython
    if not isinstance(value, _LITERAL_TYPES):
        raise _TextSignatureError(dotted)
    return value


def _evaluate_default(text, module_ns):
    """The value of a default written in a text signature: literals, containers of them,
    arithmetic, and dotted names of constants such as sys.maxsize."""
    words = [tok for tok in _tokens([text]) if tok[0] in (_NAME, _OP, _NUMBER, _STRING)]
    rewritten = []
    copied_to = 0
    i = 0
    while i < len(words):
        kind, word, (_, start), (_, end), _line = words[i]
        i += 1
        if kind == _OP and word == '.':
            raise _TextSignatureError(text)     # an attribute of something not a name
        if kind != _NAME:
            continue
        chain = [word]
        while i + 1 < len(words) and words[i][1] == '.' and words[i + 1][0] == _NAME:
            chain.append(words[i + 1][1])
            end = words[i + 1][3][1]
            i += 2
        rewritten.append(text[copied_to:start])
        rewritten.append(repr(_resolve_dotted('.'.join(chain), module_ns)))
        copied_to = end
    rewritten.append(text[copied_to:])
    try:
        return eval(''.join(rewritten), {'__builtins__': {}})
    except (SyntaxError, TypeError, ValueError, NameError, ArithmeticError):
        raise _TextSignatureError(text) from None


def _parse_text_signature(sigcls, obj, text, drop_bound=True):
    """A signature from an Argument Clinic text signature such as
    '($self, a, b=1, /, *args, c=None, **kw)': '$' marks the parameter the instance (or
    module) is bound to, '/' ends the positional-only ones, a bare '*' starts the
    keyword-only ones."""
    try:
        return _text_signature_parameters(sigcls, obj, text, drop_bound)
    except _TextSignatureError:
        raise ValueError(f'{obj!r} builtin has invalid signature') from None


def _text_signature_parameters(sigcls, obj, text, drop_bound):
    items = _split_text_signature(text)
    if items is None:
        raise _TextSignatureError(text)
    module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
    module_ns = getattr(module, '__dict__', {})
    make = sigcls._parameter_cls
    parsed = []          # [name, kind or None (positional, decided later), default text]
    slash_at = None      # number of entries before the '/'
    bound_marker = False
    keyword_only = False
    for item in items:
        if item == '/':
            if slash_at is not None:
                raise _TextSignatureError(text)
            slash_at = len(parsed)
            continue
        if item == '*':
            keyword_only = True
            continue
        if item.startswith('$'):
            # Meant for the first parameter; CPython applies it to that one wherever it is.
            bound_marker = True
            item = item[1:]
        name, has_default, default = item.partition('=')
        name = name.strip()
        if ':' in name:
            raise ValueError('Annotations are not currently supported')
        if name.startswith('**'):
            parsed.append([name[2:], _VAR_KEYWORD, None])
        elif name.startswith('*'):
            keyword_only = True
            parsed.append([name[1:], _VAR_POSITIONAL, None])
        else:
            kind = _KEYWORD_ONLY if keyword_only else None
            parsed.append([name, kind, default.strip() if has_default else None])
    params = []
    for index, (name, kind, default) in enumerate(parsed):
        if not name.isidentifier():
            raise _TextSignatureError(text)
        if kind is None:
            positional_only = slash_at is not None and index < slash_at
            kind = _POSITIONAL_ONLY if positional_only else _POSITIONAL_OR_KEYWORD
        value = _empty if default is None else _evaluate_default(default, module_ns)
        params.append(make(name, kind, default=value))
    if bound_marker:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or drop_bound):
            del params[0]
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    try:
        return sigcls(params, return_annotation=_empty)
    except ValueError:
        raise _TextSignatureError(text) from None   # a syntax error for CPython's parser


# ------------------------------------------------------------------ the dispatcher
def _first_definer_is_object(cls, name):
    """Whether cls gets attribute name from object itself (no class before it defines it)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is object
    return False


def _class_signature(cls, derive, sigcls):
    """(signature, whether its first parameter is the class or instance and still has to
    go) for calling class cls: from a metaclass __call__, else its own (or inherited)
    __new__ or __init__, else a text signature along its MRO; None for a metaclass that
    has none of these."""
    call = _python_level_attribute(type(cls), '__call__')
    if call is not None:
        return derive(call), True
    new = _python_level_attribute(cls, '__new__')
    init = _python_level_attribute(cls, '__init__')
    if '__new__' in cls.__dict__:
        maker = new
    elif '__init__' in cls.__dict__:
        maker = init
    else:
        maker = new if new is not None else init
    if maker is not None:
        return derive(maker), True
    for klass in cls.__mro__[:-1]:
        text = getattr(klass, '__text_signature__', None)
        if text:
            return _parse_text_signature(sigcls, klass, text), False
    if type in cls.__mro__:
        return None, False
    if _first_definer_is_object(cls, '__init__') and _first_definer_is_object(cls, '__new__'):
        return sigcls.from_callable(object), False
    raise ValueError(f'no signature found for builtin type {cls!r}')


def _derive_signature(obj, *, sigcls, follow_wrapped=True, drop_bound=True,
                      globals=None, locals=None, eval_str=False):
    """The signature of any callable; drop_bound leaves out the parameter a bound method
    (or a callable instance's __call__) receives its object in."""

    def derive(inner):
        return _derive_signature(inner, sigcls=sigcls, follow_wrapped=follow_wrapped,
                                 drop_bound=drop_bound, globals=globals, locals=locals,
                                 eval_str=eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')

    if isinstance(obj, types.MethodType):
        sig = derive(obj.__func__)
        return _without_first_parameter(sig) if drop_bound else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return derive(obj)

    try:
        explicit = obj.__signature__
    except AttributeError:
        explicit = None
    if explicit is not None:
        if not isinstance(explicit, Signature):
            raise TypeError(f'unexpected object {explicit!r} in __signature__ attribute')
        return explicit

    method_partial = getattr(obj, '_partialmethod', None)
    if isinstance(method_partial, functools.partialmethod):
        # The function a partialmethod gives on class access: the partial's arguments
        # come after the first parameter, which stays.
        underlying = derive(method_partial.func)
        sig = _partial_signature(underlying, method_partial, (None,))
        first = next(iter(underlying.parameters.values()))
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=[first, *sig.parameters.values()])

    if isfunction(obj) or _looks_like_function(obj):
        return _function_signature(sigcls, obj, globals, locals, eval_str)

    if _is_runtime_callable(obj):
        return _builtin_signature(sigcls, obj, drop_bound)

    if isinstance(obj, functools.partial):
        return _partial_signature(derive(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        sig, bound_style = _class_signature(obj, derive, sigcls)
        if sig is not None and not bound_style:
            return sig
    elif not isinstance(obj, _RUNTIME_CALLABLE_TYPES):
        call = _python_level_attribute(type(obj), '__call__')
        if call is not None:
            try:
                sig = derive(call)
            except ValueError as exc:
                raise ValueError(f'no signature found for {obj!r}') from exc
    if sig is not None:
        return _without_first_parameter(sig) if drop_bound else sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _claim_for_inspect(namespace):
    """Give the classes and functions defined here `inspect` as their module, as CPython's."""
    for value in list(namespace.values()):
        if getattr(value, "__module__", None) == __name__ and isinstance(value, (type, types.FunctionType)):
            value.__module__ = "inspect"


_claim_for_inspect(globals())
del _claim_for_inspect

"""Generate special methods for classes from their annotated fields (PEP 557).

Krait's own implementation of CPython 3.11's dataclasses module: the generated
methods are compiled from source text with exec, so their names, qualnames,
defaults and annotations look as they do under CPython.
"""

import sys
import types
import copy
import keyword
import functools
import abc
from types import FunctionType, GenericAlias

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # Stands in for a field's default in __init__'s signature when the
    # value comes from a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    # The three kinds of entries in __dataclass_fields__.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


try:
    from _thread import get_ident as _thread_ident
except ImportError:
    # Without threads there is one thread to tell apart.
    def _thread_ident():
        return 0


def _recursive_repr(user_function):
    # A repr that meets its own object again (a list field holding the
    # instance) shows '...' there instead of recursing forever.
    active = set()

    @functools.wraps(user_function)
    def wrapper(self):
        key = (id(self), _thread_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return user_function(self)
        finally:
            active.discard(key)
    return wrapper


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        parts = (
            f'name={self.name!r}',
            f'type={self.type!r}',
            f'default={self.default!r}',
            f'default_factory={self.default_factory!r}',
            f'init={self.init!r}',
            f'repr={self.repr!r}',
            f'hash={self.hash!r}',
            f'compare={self.compare!r}',
            f'metadata={self.metadata!r}',
            f'kw_only={self.kw_only!r}',
            f'_field_type={self._field_type}',
        )
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A descriptor used as a field's default gets its __set_name__
        # call now, before the Field is replaced by the default itself.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}'
                         for name in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Building methods from source text.

def _compile_method(name, params, body, *, globals, bindings=None,
                    returns=MISSING):
    """Compile `def name(params): body` inside a factory whose parameters are
    the names in `bindings`, so the method sees them as closure cells and the
    defining module's globals as its globals."""
    if bindings is None:
        bindings = {}
    annotation = ''
    if returns is not MISSING:
        bindings['_return_type'] = returns
        annotation = '->_return_type'
    lines = '\n'.join(f'  {line}' for line in body)
    source = (f"def __create_fn__({', '.join(bindings)}):\n"
              f" def {name}({','.join(params)}){annotation}:\n"
              f"{lines}\n"
              f" return {name}")
    namespace = {}
    exec(source, globals, namespace)
    return namespace['__create_fn__'](**bindings)


def _as_tuple_text(obj_name, fields):
    if not fields:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in fields) + ',)'


def _assignment(frozen, name, value, self_name):
    if frozen:
        return (f'__dataclass_builtins_object__.__setattr__('
                f'{self_name},{name!r},{value})')
    return f'{self_name}.{name}={value}'


def _init_line(f, frozen, bindings, self_name, slots):
    """The statement of __init__ that stores field f, or None."""
    default_name = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        bindings[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            bindings[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # A slotted class keeps no class attribute to fall back on.
        bindings[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assignment(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        default = '=_HAS_DEFAULT_FACTORY'
    else:
        default = ''
    return f'{f.name}:_type_{f.name}{default}'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(all_fields, positional, keyword_only, frozen, has_post_init,
               self_name, globals, slots):
    after_default = False
    for f in positional:
        if _has_default(f):
            after_default = True
        elif after_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    bindings = {f'_type_{f.name}': f.type for f in all_fields}
    bindings['MISSING'] = MISSING
    bindings['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    bindings['__dataclass_builtins_object__'] = object

    body = []
    for f in all_fields:
        line = _init_line(f, frozen, bindings, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields
                            if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    if not body:
        body = ['pass']

    params = [self_name]
    params.extend(_init_param(f) for f in positional)
    if keyword_only:
        params.append('*')
        params.extend(_init_param(f) for f in keyword_only)
    return _compile_method('__init__', params, body, globals=globals,
                           bindings=bindings, returns=None)


def _make_repr(fields, globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    body = ['return self.__class__.__qualname__ + f"(' + shown + ')"']
    return _recursive_repr(_compile_method('__repr__', ('self',), body,
                                           globals=globals))


def _make_compare(name, op, fields, globals):
    mine = _as_tuple_text('self', fields)
    theirs = _as_tuple_text('other', fields)
    body = ['if other.__class__ is self.__class__:',
            f' return {mine}{op}{theirs}',
            'return NotImplemented']
    return _compile_method(name, ('self', 'other'), body, globals=globals)


def _make_hash(fields, globals):
    body = [f'return hash({_as_tuple_text("self", fields)})']
    return _compile_method('__hash__', ('self',), body, globals=globals)


def _make_frozen_guards(cls, fields, globals):
    if fields:
        names = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        names = '()'
    bindings = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile_method(
        '__setattr__', ('self', 'name', 'value'),
        (f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'),
        globals=globals, bindings=dict(bindings))
    deleter = _compile_method(
        '__delattr__', ('self', 'name'),
        (f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'),
        globals=globals, bindings=dict(bindings))
    return setter, deleter


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations.

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_word_char(ch):
    return ch == '_' or ch.isalnum()


def _leading_names(text):
    """Split the start of a string annotation as `[module .] name`: returns
    (module or None, name), or None when it does not start with a name."""
    def skip_space(i):
        while i < len(text) and text[i].isspace():
            i += 1
        return i

    def word_end(i):
        while i < len(text) and _is_word_char(text[i]):
            i += 1
        return i

    start = skip_space(0)
    end = word_end(start)
    if end == start:
        return None
    first = text[start:end]
    dot = skip_space(end)
    if dot < len(text) and text[dot] == '.':
        second_start = skip_space(dot + 1)
        second_end = word_end(second_start)
        if second_end > second_start:
            return first, text[second_start:second_end]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether a string annotation names a_type, spelled either bare
    ("ClassVar[int]", looked up in cls's module) or through the module
    ("typing.ClassVar[int]" where the class's module imported typing)."""
    names = _leading_names(annotation)
    if names is None:
        return False
    module_name, name = names
    namespace = None
    if not module_name:
        namespace = sys.modules.get(cls.__module__).__dict__
    else:
        module = sys.modules.get(cls.__module__)
        if module and module.__dict__.get(module_name) is a_module:
            namespace = sys.modules.get(a_type.__module__).__dict__
    return bool(namespace) and is_type_predicate(namespace.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A slot of the class itself, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # typing is only consulted when the program imported it already.
    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, typing, typing.ClassVar,
                                 _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses,
                                 dataclasses.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# The text of __doc__: what inspect.signature(cls) shows.

def _formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefixes(repr(annotation))
    if isinstance(annotation, GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing_prefixes(text):
    # Drop 'typing.' from the front of every dotted name in the text.
    out = []
    i = 0
    n = len(text)
    while i < n:
        if _is_word_char(text[i]) or text[i] == '.':
            j = i
            while j < n and (_is_word_char(text[j]) or text[j] == '.'):
                j += 1
            token = text[i:j]
            out.append(token.removeprefix('typing.'))
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


_POSITIONAL_ONLY = 0
_POSITIONAL_OR_KEYWORD = 1
_VAR_POSITIONAL = 2
_KEYWORD_ONLY = 3
_VAR_KEYWORD = 4
_EMPTY = object()


def _function_parameters(func):
    """[(name, kind, default, annotation)] of a Python function."""
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _EMPTY
        params.append((name, kind, default, annotations.get(name, _EMPTY)))
    index = npos + nkw
    if code.co_flags & 0x04:
        name = names[index]
        params.append((name, _VAR_POSITIONAL, _EMPTY,
                       annotations.get(name, _EMPTY)))
        index += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append((name, _KEYWORD_ONLY, kwdefaults.get(name, _EMPTY),
                       annotations.get(name, _EMPTY)))
    if code.co_flags & 0x08:
        name = names[index]
        params.append((name, _VAR_KEYWORD, _EMPTY,
                       annotations.get(name, _EMPTY)))
    return params, annotations.get('return', _EMPTY)


def _builtin_callable_types():
    return (type(object.__init__), type(object().__str__), type(len),
            type(dict.__dict__['fromkeys']), types.MethodDescriptorType,
            types.WrapperDescriptorType, types.BuiltinFunctionType)


def _user_defined(owner, name):
    try:
        meth = getattr(owner, name)
    except AttributeError:
        return None
    if isinstance(meth, _builtin_callable_types()):
        return None
    return meth


def _callable_parameters(obj):
    """Parameters and return annotation of a callable, as inspect finds them
    (following __wrapped__, dropping the bound argument of a method)."""
    while not isinstance(obj, types.MethodType) and hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    if isinstance(obj, types.MethodType):
        params, ret = _callable_parameters(obj.__func__)
        return _drop_bound(params), ret
    if isinstance(obj, FunctionType):
        return _function_parameters(obj)
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _drop_bound(params):
    if not params:
        raise ValueError('invalid method signature')
    kind = params[0][1]
    if kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if kind == _VAR_POSITIONAL:
        return params
    return params[1:]


def _class_signature(cls):
    meta_call = _user_defined(type(cls), '__call__')
    if meta_call is not None:
        params, ret = _callable_parameters(meta_call)
        return _drop_bound(params), ret
    new = _user_defined(cls, '__new__')
    init = _user_defined(cls, '__init__')
    if '__new__' in cls.__dict__:
        chosen = new
    elif '__init__' in cls.__dict__:
        chosen = init
    else:
        chosen = new if new is not None else init
    if chosen is None:
        # Only object's own __init__ and __new__ give the empty signature.
        if (_defining_class(cls, '__init__') is not object
                or _defining_class(cls, '__new__') is not object):
            raise ValueError(f'no signature found for builtin type {cls!r}')
        return [], _EMPTY
    params, ret = _callable_parameters(chosen)
    return _drop_bound(params), ret


def _defining_class(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base
    return None


def _format_signature(params, ret):
    pieces = []
    slash_pending = False
    star_needed = True
    for name, kind, default, annotation in params:
        text = name
        if annotation is not _EMPTY:
            text = f'{text}: {_formatannotation(annotation)}'
        if default is not _EMPTY:
            sep = ' = ' if annotation is not _EMPTY else '='
            text = f'{text}{sep}{default!r}'
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        if kind == _POSITIONAL_ONLY:
            slash_pending = True
        elif slash_pending:
            pieces.append('/')
            slash_pending = False
        if kind == _VAR_POSITIONAL:
            star_needed = False
        elif kind == _KEYWORD_ONLY and star_needed:
            pieces.append('*')
            star_needed = False
        pieces.append(text)
    if slash_pending:
        pieces.append('/')
    text = '({})'.format(', '.join(pieces))
    if ret is not _EMPTY:
        text += f' -> {_formatannotation(ret)}'
    return text


# ---------------------------------------------------------------------------
# Processing a class.

def _set_qualname(cls, value):
    if isinstance(value, FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines it itself; returns
    True when the class already had one."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do with __hash__: 'add', 'none', 'error' or None (leave it)."""
    if unsafe_hash:
        return 'error' if has_explicit_hash else 'add'
    if has_explicit_hash or not eq:
        return None
    return 'add' if frozen else 'none'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Fields of dataclass bases, the most distant first so that nearer
    # classes override them.
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        has_dataclass_bases = True
        for f in base_fields.values():
            fields[f.name] = f
        if getattr(base, _PARAMS).frozen:
            any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    dataclasses = sys.modules[__name__]
    own_fields = []
    kw_only_seen = False
    for name, a_type in annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses,
                                 dataclasses.KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in own_fields:
        fields[f.name] = f
        # A field() in the class body is replaced by its plain default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if frozen and not any_frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    # A class body that defines __eq__ gets __hash__ = None implicitly;
    # that does not count as a hash the user wrote.
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None
                                 and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    positional = tuple(f for f in init_fields if f.init and not f.kw_only)
    keyword_only = tuple(f for f in init_fields if f.init and f.kw_only)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _make_init(init_fields, positional, keyword_only,
                                      frozen, has_post_init, self_name,
                                      globals, slots))

    real_fields = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr([f for f in real_fields if f.repr],
                                      globals))

    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_compare('__eq__', '==', compared, globals))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            method = _make_compare(name, op, compared, globals)
            if _set_new_attribute(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for method in _make_frozen_guards(cls, real_fields, globals):
            if _set_new_attribute(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute '
                                f'{method.__name__} in class {cls.__name__}')

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen),
                          has_explicit_hash)
    if action == 'add':
        hashed = [f for f in real_fields
                  if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _make_hash(hashed, globals))
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ '
                        f'in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        text = _format_signature(*_class_signature(cls))
        cls.__doc__ = cls.__name__ + text.replace(' -> None', '')

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen instances refuse ordinary assignment.
        object.__setattr__(self, f.name, value)


def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works when the class is created, so build a new class
    # from this one's namespace.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')

    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted
                                   if name not in inherited)
    for name in field_names:
        # Class attributes would shadow the slot descriptors.
        namespace.pop(name, None)
    namespace.pop('__dict__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        cls.__getstate__ = _dataclass_getstate
        cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, make):
    """Copy obj for asdict/astuple: dataclass instances become make(items)
    (items as (name, value) pairs when make is a dict factory), containers
    are rebuilt with converted contents, anything else is deep-copied."""
    if _is_dataclass_instance(obj):
        return make(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple takes its values as separate arguments.
        return type(obj)(*[_convert(item, make) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, make) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make), _convert(v, make))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def make(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), make))
                             for f in fields(instance)])
    return make(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def make(instance):
        return tuple_factory([_convert(getattr(instance, f.name), make)
                              for f in fields(instance)])
    return make(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, and frozen are passed to
    dataclass().
    """
    if namespace is None:
        namespace = {}
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

"""Generate special methods (__init__, __repr__, __eq__, ...) for classes
from their annotated fields."""

import sys
import types
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

try:
    from _thread import get_ident as _thread_id
except ImportError:
    def _thread_id():
        return 0


class FrozenInstanceError(AttributeError):
    pass


# Sentinels.  Their reprs are part of generated signatures and docs.

class _HAS_DEFAULT_FACTORY_CLASS:
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
    """Kind of a field: regular, ClassVar or InitVar."""

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


def _guard_recursion(method):
    """Make a __repr__ answer '...' when it re-enters for the same object
    on the same thread."""
    import functools
    active = set()

    @functools.wraps(method)
    def guarded(self):
        token = (id(self), _thread_id())
        if token in active:
            return '...'
        active.add(token)
        try:
            return method(self)
        finally:
            active.discard(token)
    return guarded


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        if isinstance(shown, type) and not isinstance(shown, GenericAlias):
            return f'dataclasses.InitVar[{shown.__name__}]'
        return f'dataclasses.InitVar[{shown!r}]'

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
                 '_field_type',  # _FIELD, _FIELD_CLASSVAR or _FIELD_INITVAR
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

    def _describe(self):
        parts = [f'{attr}={getattr(self, attr)!r}' for attr in
                 ('name', 'type', 'default', 'default_factory', 'init',
                  'repr', 'hash', 'compare', 'metadata', 'kw_only')]
        parts.append(f'_field_type={self._field_type}')
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A descriptor used as the default learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


Field.__repr__ = _guard_recursion(Field._describe)
Field.__repr__.__name__ = '__repr__'
Field.__repr__.__qualname__ = 'Field.__repr__'
del Field._describe


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
        inner = ','.join(f'{slot}={getattr(self, slot)!r}' for slot in self.__slots__)
        return f'_DataclassParams({inner})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default or default_factory (a zero-argument callable, not both) gives
    the value used when __init__ is not passed one; init, repr, hash and
    compare choose which generated methods use the field; metadata is a
    read-only mapping for third parties; kw_only makes the __init__
    parameter keyword-only.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _has_no_default(f):
    return f.default is MISSING and f.default_factory is MISSING


# ---------------------------------------------------------------------------
# Building methods from source text, so they get real signatures.

def _build_function(name, params, body, namespace, bindings, returns=MISSING):
    """Compile `def name(params): body` in namespace (the class's module
    globals) with `bindings` visible as closure variables."""
    bindings = dict(bindings)
    arrow = ''
    if returns is not MISSING:
        bindings['__dataclass_return_type__'] = returns
        arrow = '->__dataclass_return_type__'
    lines = '\n'.join('  ' + line for line in body)
    source = (f"def __create_fn__({', '.join(bindings)}):\n"
              f" def {name}({','.join(params)}){arrow}:\n{lines}\n"
              f" return {name}")
    scope = {}
    exec(source, namespace, scope)
    return scope['__create_fn__'](**bindings)


def _fields_tuple(owner, chosen):
    if not chosen:
        return '()'
    return '(' + ','.join(f'{owner}.{f.name}' for f in chosen) + ',)'


def _store(frozen, self_name, name, value):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_statement(f, frozen, bindings, self_name, slots):
    """The __init__ line that sets field f, or None."""
    default_ref = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        bindings[default_ref] = f.default_factory
        if f.init:
            value = (f'{default_ref}() if {f.name} is '
                     f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
        else:
            value = f'{default_ref}()'
    elif f.init:
        if f.default is not MISSING:
            bindings[default_ref] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ the class attribute holding the default is gone.
        bindings[default_ref] = f.default
        value = default_ref
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _store(frozen, self_name, f.name, value)


def _init_parameter(f):
    text = f'{f.name}:__dataclass_type_{f.name}__'
    if f.default is not MISSING:
        return text + f'=__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
    return text


def _make_init(init_fields, positional, keyword_only, frozen, has_post_init,
               self_name, namespace, slots):
    defaulted = False
    for f in positional:
        if not _has_no_default(f):
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    bindings = {f'__dataclass_type_{f.name}__': f.type for f in init_fields}
    bindings['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    bindings['__dataclass_builtins_object__'] = object
    body = []
    for f in init_fields:
        line = _init_statement(f, frozen, bindings, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        extra = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({extra})')
    params = [self_name] + [_init_parameter(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(_init_parameter(f) for f in keyword_only)
    return _build_function('__init__', params, body or ['pass'], namespace,
                           bindings, returns=None)


def _make_repr(shown, namespace):
    pieces = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    body = ['return self.__class__.__qualname__ + f"(' + pieces + ')"']
    return _guard_recursion(_build_function('__repr__', ('self',), body,
                                            namespace, {}))


def _make_comparison(name, op, compared, namespace):
    body = ['if other.__class__ is self.__class__:',
            f' return {_fields_tuple("self", compared)}{op}{_fields_tuple("other", compared)}',
            'return NotImplemented']
    return _build_function(name, ('self', 'other'), body, namespace, {})


def _make_hash(hashed, namespace):
    return _build_function('__hash__', ('self',),
                           [f'return hash({_fields_tuple("self", hashed)})'],
                           namespace, {})


def _make_frozen_guards(cls, field_list, namespace):
    test = 'type(self) is cls'
    if field_list:
        test += ' or name in {' + ', '.join(repr(f.name) for f in field_list) + '}'
    bindings = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _build_function(
        '__setattr__', ('self', 'name', 'value'),
        [f'if {test}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        namespace, bindings)
    deleter = _build_function(
        '__delattr__', ('self', 'name'),
        [f'if {test}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        namespace, bindings)
    return setter, deleter


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations, also as strings.

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or (type(annotation) is typing._GenericAlias
                and annotation.__origin__ is typing.ClassVar))


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _word(text, pos):
    """Skip blanks from pos, then read an identifier: (word, end)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    return text[pos:end], end


def _string_names(annotation):
    """For a string annotation 'mod.Name[...]' or 'Name[...]', return
    (mod or None, Name), or None when it does not start with a name."""
    first, end = _word(annotation, 0)
    if not first:
        return None
    pos = end
    while pos < len(annotation) and annotation[pos].isspace():
        pos += 1
    if pos < len(annotation) and annotation[pos] == '.':
        second, _ = _word(annotation, pos + 1)
        if second:
            return first, second
    return None, first


def _string_names_type(annotation, cls, module, predicate):
    """Whether string annotation names what predicate looks for, resolved
    in the namespace of the module defining cls."""
    names = _string_names(annotation)
    if names is None:
        return False
    prefix, name = names
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    space = home.__dict__
    if prefix is not None and space.get(prefix) is not module:
        return False
    return bool(space) and predicate(space.get(name), module)


def _make_field(cls, name, annotation, default_kw_only):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            # A slot: there is no default.
            value = MISSING
        f = field(default=value)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if _is_classvar(annotation, typing) or (
                isinstance(annotation, str)
                and _string_names_type(annotation, cls, typing, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if _is_initvar(annotation, this) or (
                isinstance(annotation, str)
                and _string_names_type(annotation, cls, this, _is_initvar)):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------
# The class's generated __doc__: its name and call signature.

def _strip_typing_prefix(text):
    out = []
    pos = 0
    while pos < len(text):
        if text[pos].isalnum() or text[pos] in '_.':
            end = pos
            while end < len(text) and (text[end].isalnum() or text[end] in '_.'):
                end += 1
            word = text[pos:end]
            out.append(word[7:] if word.startswith('typing.') else word)
            pos = end
        else:
            out.append(text[pos])
            pos += 1
    return ''.join(out)


def _show_annotation(annotation):
    # Same spelling as inspect.formatannotation.
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _own_signature_text(positional, keyword_only):
    def one(f):
        text = f'{f.name}: {_show_annotation(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        if f.default_factory is not MISSING:
            return f'{text} = {_HAS_DEFAULT_FACTORY!r}'
        return text
    params = [one(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(one(f) for f in keyword_only)
    return '(' + ', '.join(params) + ') -> None'


def _signature_text(cls, generated, positional, keyword_only):
    if generated and '__new__' not in cls.__dict__ and \
            type(cls).__call__ is type.__call__:
        # The common case: the signature is exactly the __init__ we built.
        text = _own_signature_text(positional, keyword_only)
    else:
        import inspect
        try:
            text = str(inspect.signature(cls))
        except (TypeError, ValueError):
            return ''
    return text.replace(' -> None', '')


# ---------------------------------------------------------------------------
# Putting a class together.

def _set_new_attribute(cls, name, value):
    """Add value as cls.name unless the class defines name itself; return
    whether it did."""
    if name in cls.__dict__:
        return True
    if isinstance(value, FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _hash_plan(unsafe_hash, eq, frozen, explicit):
    """What to do with __hash__: None (leave it), 'none' (set to None),
    'add' (generate) or 'refuse' (error)."""
    if unsafe_hash:
        return 'refuse' if explicit else 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    home = sys.modules.get(cls.__module__)
    namespace = home.__dict__ if home is not None else {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Inherited fields, most distant base first.
    dataclass_bases = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        dataclass_bases = True
        for f in inherited.values():
            all_fields[f.name] = f
        if getattr(base, _PARAMS).frozen:
            frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation, this) or (
                isinstance(annotation, str)
                and _string_names_type(annotation, cls, this, _is_kw_only)):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for f in own:
        all_fields[f.name] = f
        # A field() object as class attribute is replaced by its default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if dataclass_bases:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING
                         or (own_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]

    generated_init = False
    if init:
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        maker = _make_init(init_fields, positional, keyword_only, frozen,
                           hasattr(cls, _POST_INIT_NAME), self_name,
                           namespace, slots)
        generated_init = not _set_new_attribute(cls, '__init__', maker)

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr([f for f in field_list if f.repr], namespace))

    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_comparison('__eq__', '==', compared, namespace))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _make_comparison(name, op, compared, namespace)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        for method in _make_frozen_guards(cls, field_list, namespace):
            if _set_new_attribute(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    plan = _hash_plan(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        hashed = [f for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
        method = _make_hash(hashed, namespace)
        method.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = method
    elif plan == 'refuse':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls, generated_init,
                                                     positional, keyword_only)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)

    import abc
    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen classes block normal assignment.
        object.__setattr__(self, f.name, value)


def _slots_of(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(declared)


def _with_slots(cls, frozen, weakref_slot):
    """Recreate cls with __slots__ holding its fields."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slots_of(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    for name in names:
        # The slot descriptors replace class-level defaults.
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    The annotated class attributes become fields, and the methods selected
    by the flags are generated from them
    (__init__, __repr__, __eq__; ordering with order; __hash__ per eq,
    frozen and unsafe_hash; assignment guards with frozen; __match_args__).
    With slots=True a new class using __slots__ is returned.  Used without
    arguments, or called with keywords to get the decorator.
    """
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return decorate
    return decorate(cls)


def fields(class_or_instance):
    """Return a tuple of the Field objects of a dataclass (class or
    instance), leaving out ClassVar and InitVar pseudo-fields."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Return True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _unfold(obj, pack):
    """Recursively turn dataclass instances inside obj into what pack()
    makes of a list of (name, value) pairs; containers are rebuilt and
    anything else deep-copied."""
    if _is_dataclass_instance(obj):
        return pack([(f.name, _unfold(getattr(obj, f.name), pack))
                     for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # Named tuples take their items as separate arguments.
        return type(obj)(*[_unfold(item, pack) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_unfold(item, pack) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_unfold(key, pack), _unfold(value, pack))
                         for key, value in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary
    mapping field names to field values, recursing into dataclasses,
    dicts, lists and tuples.  dict_factory builds every dictionary from a
    list of (name, value) pairs."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _unfold(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of a dataclass instance as a new tuple,
    recursing into dataclasses, dicts, lists and tuples.  tuple_factory
    builds every tuple from a list of values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _unfold(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dataclass named cls_name.

    fields is an iterable whose items are a name, a (name, type) pair or a
    (name, type, Field) triple; a bare name gets the type 'typing.Any'.
    bases and namespace are used to create the class, and the remaining
    keyword arguments are passed on to dataclass().
    """
    import keyword
    if namespace is None:
        namespace = {}
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = kind

    def fill(body):
        body.update(namespace)
        body.update(defaults)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object like obj with the given fields changed.

    Fields declared with init=False cannot be changed; InitVars without a
    default must be given.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)

"""enum: enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag); mirrors CPython's Lib/enum.py (3.11).

An enum class is built by EnumType in three steps: ``__prepare__`` hands the class body an
_EnumDict that records which names become members (resolving ``auto()`` as it goes), each
member value is swapped for a _proto_member, and ``type.__new__`` calls the proto members'
``__set_name__`` so that every member exists before ``__init_subclass__`` runs.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute


__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
]

# The classes below refer to each other while they are being created: until a name is bound
# it is None, and EnumType checks for that.
Enum = Flag = ReprEnum = EJECT = KEEP = STRICT = CONFORM = None


class nonmember(object):
    """Wrap a value in a class body so that it stays a plain attribute, not a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wrap a value in a class body so that it becomes a member (e.g. a function)."""

    def __init__(self, value):
        self.value = value


# ----------------------------------------------------------------------------------------
# name and value tests


def _is_descriptor(obj):
    """True if obj defines any of the descriptor methods."""
    for attr in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, attr):
            return True
    return False


def _is_dunder(name):
    """True for a __dunder__ name."""
    if len(name) <= 4:
        return False
    return (name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """True for a _sunder_ name."""
    if len(name) <= 2:
        return False
    return (name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _nested_class_of(owner, obj):
    """True if obj is a class written inside the body of the enum class named `owner`."""
    if not isinstance(obj, type):
        return False
    path = f"{owner}.{getattr(obj, '__name__', '')}"
    where = getattr(obj, '__qualname__', '')
    return where == path or where.endswith('.' + path)


def _mangled_private(owner, name):
    """True for a name the class body mangled (``_Owner__x``, not a ``__dunder__``)."""
    head = f'_{owner}__'
    return name.startswith(head) and len(name) > len(head) and name[-2:] != '__'


def _is_single_bit(num):
    """True if exactly one bit of num is set."""
    if num == 0:
        return False
    return num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit, -1 for zero or a negative value."""
    return value.bit_length() - 1


def _power_of_two(value):
    if value < 1:
        return False
    return value == 2 ** _high_bit(value)


def _iter_bits_lsb(num):
    """Yield each set bit of the non-negative num, lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Two's-complement binary text of `num`, sign bit first: bin(-3) == '-0b101'.

    With max_bits the digits are padded (or cut) to that width."""
    width = num.bit_length()
    if num >= 0:
        sign = '0'
        digits = _builtins.bin(num)[2:] if num else ''
    else:
        sign = '1'
        digits = _builtins.bin(num + (1 << width))[2:].rjust(width, '0')
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


def _make_class_unpicklable(obj):
    """Make obj (an enum class, or the namespace dict of one) refuse to pickle."""
    def __reduce_ex__(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    __reduce_ex__.__name__ = '_break_on_call_reduce'
    settings = {'__reduce_ex__': __reduce_ex__, '__module__': '<unknown>'}
    if isinstance(obj, dict):
        obj.update(settings)
    else:
        for key, value in settings.items():
            setattr(obj, key, value)


# ----------------------------------------------------------------------------------------
# auto and enum.property


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """Placeholder value: the enum class computes the real one with _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """Descriptor for `name` and `value` on members: looked up on a member it returns
    the member's own data, looked up on the class it behaves like a missing attribute, so
    members named `name` or `value` still work."""

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            # On the class: a member that happens to be called `name`/`value`, if any.
            members = ownerclass._member_map_
            if self.name in members:
                return members[self.name]
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))


# ----------------------------------------------------------------------------------------
# building members


def _make_member_value(enum_class, value, args):
    """Create the member object for one class-body value (before naming it)."""
    member_type = enum_class._member_type_
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(new_member, '_value_'):
            if member_type is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = member_type(*args)
                except Exception:
                    raise TypeError(
                        '_value_ not set in __new__, unable to create it') from None
        return new_member
    new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, '_value_'):
        try:
            new_member._value_ = member_type(*args)
        except Exception:
            new_member._value_ = value
    return new_member


def _install_member(enum_class, member_name, enum_member):
    """Make member_name reachable as a class attribute, keeping inherited enum.property
    descriptors (such as ``name`` and ``value``) working for the members."""
    found = None
    other_attr = False
    for base in enum_class.__mro__[1:]:
        found = base.__dict__.get(member_name)
        if found is None:
            continue
        if isinstance(found, (property, DynamicClassAttribute)):
            break
        other_attr = True
    if found is None:
        setattr(enum_class, member_name, enum_member)
    elif other_attr:
        redirect = property()
        redirect.__set_name__(enum_class, member_name)
        redirect.fget = found.fget
        redirect.fset = found.fset
        redirect.fdel = found.fdel
        setattr(enum_class, member_name, redirect)


class _proto_member:
    """Holds a member value during class creation; __set_name__ turns it into the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        enum_member = _make_member_value(enum_class, value, args)
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        canonical = _find_canonical(enum_class, value)
        if canonical is not None:
            enum_member = canonical
        elif (Flag is None or not issubclass(enum_class, Flag)
                or _is_single_bit(value)):
            # a multi-bit flag value is an alias of the bits it names
            enum_class._member_names_.append(member_name)
        _install_member(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _find_canonical(enum_class, value):
    """The member already holding value, or None."""
    try:
        return enum_class._value2member_map_[value]
    except KeyError:
        return None
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                return existing
        return None


# ----------------------------------------------------------------------------------------
# the class body namespace

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace an enum class body runs in: it records member names in order and
    refuses reused names and misplaced _sunder_ names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _nested_class_of(self._cls_name, value):
            import warnings
            warnings.warn(
                "In 3.13 classes created inside an enum will not become a member.  "
                "Use the `member` decorator to keep the current behavior.",
                DeprecationWarning,
                stacklevel=2,
            )
        if _mangled_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            # auto() counts alone or inside a plain tuple; resolved here rather than in a
            # helper so that _generate_next_value_'s warnings point at the class body
            single = isinstance(value, auto)
            parts = (value,) if single else value
            if type(parts) is tuple and any(isinstance(v, auto) for v in parts):
                resolved = []
                for part in parts:
                    if isinstance(part, auto):
                        if part.value == _auto_null:
                            part.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        part = part.value
                        self._last_values.append(part)
                    resolved.append(part)
                value = resolved[0] if single else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError(
                '_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = (
                value.__func__ if isinstance(value, staticmethod) else value)
        elif key == '_ignore_':
            if isinstance(value, str):
                names = value.replace(',', ' ').split()
            else:
                names = list(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError(
                    '_ignore_ cannot specify already set names: %r' % (clash,))
            return names
        return value

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


def _fix_special_methods(enum_class, body, bases, member_type, first_enum):
    """Give members the enum's repr/str/format/reduce rather than the mixed-in data
    type's; a direct ReprEnum subclass keeps the data type's str() and format()."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError(
                'ReprEnum subclasses must be mixed with a data type (i.e.'
                ' int, str, float, etc.)')
        if '__format__' not in body:
            enum_class.__format__ = member_type.__format__
            body['__format__'] = enum_class.__format__
        if '__str__' not in body:
            to_str = member_type.__str__
            if to_str == object.__str__:
                to_str = member_type.__repr__
            enum_class.__str__ = to_str
            body['__str__'] = enum_class.__str__
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in body:
            continue
        found = getattr(enum_class, name)
        if found == getattr(member_type, name) or found == getattr(object, name):
            setattr(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ('__or__', '__and__', '__xor__',
                     '__ror__', '__rand__', '__rxor__', '__invert__'):
            if name not in body:
                method = getattr(Flag, name)
                setattr(enum_class, name, method)
                body[name] = method


# ----------------------------------------------------------------------------------------
# the metaclass


class EnumType(type):
    """
    Metaclass for Enum
    """

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_names = classdict._member_names
        bad_names = set(member_names) & {'mro', ''}
        if bad_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in bad_names)))
        order = classdict.pop('_order_', None)
        body = dict(classdict.items())
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        flag_mask = 0
        for name in member_names:
            value = body[name]
            if isinstance(value, int):
                flag_mask |= value
            body[name] = _proto_member(value)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        body['_flag_mask_'] = flag_mask
        body['_all_bits_'] = 2 ** flag_mask.bit_length() - 1
        body['_inverted_'] = None
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            # type.__new__ reports a failing __set_name__ (a member's __new__ or __init__)
            # as a RuntimeError caused by the real error
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure
        body.update(enum_class.__dict__)
        _fix_special_methods(enum_class, body, bases, member_type, first_enum)
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if not is_flag and (Flag is not None or cls != 'Flag'):
            for attr in ('_boundary_', '_flag_mask_', '_all_bits_', '_inverted_'):
                delattr(enum_class, attr)
        elif is_flag:
            single_bits = 0
            for flag in enum_class._member_map_.values():
                if _is_single_bit(flag._value_):
                    single_bits |= flag._value_
            enum_class._flag_mask_ = single_bits
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order
                         if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        """Every enum class is true, even one without members."""
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Color(value) looks up a member; Enum('Name', 'A B') creates a new enum class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Whether `member` is a member of this class (a non-member raises TypeError)."""
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning,
                stacklevel=2,
            )
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    _builtins.type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        # `!=`, not `is not`: a builtin such as object.__new__ may be a new object per lookup
        if cls._new_member_ != object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        """Members reached as attributes of the class."""
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """Member by name: Color['RED']."""
        return cls._member_map_[name]

    def __iter__(cls):
        """The members in definition order, aliases excluded."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """Number of members, aliases excluded."""
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every name, aliases included, to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __reversed__(cls):
        """The members in reverse definition order."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """Refuse to rebind a member name on the class."""
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Build an enum class from the functional API's names argument: a string of
        names, a sequence of names or (name, value) pairs, or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            previous = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, previous[:])
                previous.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                member_name, member_value = item
                classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum from the module-level constants of `module` accepted by `filter`."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            members.sort(key=lambda pair: pair[0])
        body = dict(members)
        body['__module__'] = module
        plain = _builtins.type(name, (object,), body)
        new_cls = _simple_enum(etype=cls, boundary=boundary or KEEP)(plain)
        new_cls.__reduce_ex__ = _reduce_ex_by_global_name
        if as_global:
            global_enum(new_cls)
        else:
            sys.modules[new_cls.__module__].__dict__.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if issubclass(base, Enum) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type mixed into the enum and the first Enum base among `bases`."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not issubclass(first_enum, Enum):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if issubclass(base, Enum):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if issubclass(base, Enum):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        if found:
            return found.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """
        Returns the __new__ to be used for creating the enum members, whether it must be
        saved as __new_member__, and whether member values are passed to it.
        """
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = (None, None.__new__, object.__new__, Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target == p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new == Enum.__new__ or new == object.__new__)
        return new, save_new, use_args


EnumMeta = EnumType


# ----------------------------------------------------------------------------------------
# Enum and its direct relatives


class Enum(metaclass=EnumType):
    """Base class of enumerations: a class whose attributes are its fixed set of members.

    Members are reached as attributes (Color.RED), by value (Color(1)) and by name
    (Color['RED']), iterate in definition order, and compare by identity."""

    def __new__(cls, value):
        # members all exist once the class is built: this only looks them up (Color(3),
        # unpickling), asking _missing_ when the value is unknown
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise not_valid
            if exc is None:
                exc = TypeError(
                    'error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = not_valid
            raise exc
        finally:
            exc = None
            not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() stands for: one more than the last integer value, else `start`."""
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            last_values.sort()
            if newest != last_values[-1]:
                raise TypeError
            return newest + 1
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                "values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning,
                stacklevel=3,
            )
            for previous in last_values:
                try:
                    return previous + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        """Public names of a member, plus the methods its class adds."""
        cls = self.__class__
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                     'name', 'value'}
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                names.add(name)
        for klass in cls.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if not isinstance(obj, property):
                    names.add(name)
                elif obj.fget is not None or name not in self._member_map_:
                    names.add(name)
                else:
                    names.discard(name)
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An Enum whose members keep the str() and format() of their mixed-in type."""


class IntEnum(int, ReprEnum):
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """An Enum whose members are str instances, and compare as strings."""

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum gives the lower-cased member name."""
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


class FlagBoundary(StrEnum):
    """What Flag does with a value that has bits no member names:

    STRICT raises ValueError, CONFORM drops the extra bits, EJECT returns a plain int,
    KEEP keeps them in a pseudo-member (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ----------------------------------------------------------------------------------------
# flags


def _flag_operand(flag, other):
    """other's integer value if it may be combined with flag by | & ^, else None."""
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return None


class Flag(Enum, boundary=CONFORM):
    """Members are bit flags; |, & and ^ combine them into (pseudo-)members."""

    def __reduce_ex__(self, proto):
        import operator
        cls = type(self)
        named = self._value_ & cls._flag_mask_
        stray = self._value_ ^ named
        if named and stray:
            return operator.or_, (cls(named), stray)
        bits = list(_iter_bits_lsb(named))
        if len(bits) > 1:
            # rebuilt as (all but the lowest bit) | (the lowest bit's member)
            return operator.or_, (cls(named ^ bits[0]), cls._value2member_map_.get(bits[0]))
        if self._name_ is not None:
            return getattr, (cls, self._name_)
        return cls, (self._value_,)

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag gives the next power of two above the highest value so far."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            high_bit = _high_bit(highest)
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are set in `value`, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bits are set in `value`, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of flags, applying
        the class boundary to bits that no member has."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        negative = None
        out_of_range = not (~all_bits <= value <= all_bits)
        if out_of_range or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        known = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known:
            pseudo._name_ = '|'.join(m._name_ for m in cls._iter_member_(known))
            if unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether every bit of `other` is set in this flag."""
        cls = type(self)
        if isinstance(other, cls):
            return self._value_ & other._value_ == other._value_
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, cls.__qualname__))

    def __iter__(self):
        """The canonical members contained in this flag."""
        members = self._iter_member_(self._value_)
        yield from members

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = type(self)
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is not None:
            return f'<{cls.__name__}.{self._name_}: {shown}>'
        return f'<{cls.__name__}: {shown}>'

    def __str__(self):
        if self._name_ is not None:
            return f'{type(self).__name__}.{self._name_}'
        return f'{type(self).__name__}({self._value_!r})'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ ^ bits)

    def __invert__(self):
        # Computed once; the complement remembers this member as its own complement.
        if self._inverted_ is None:
            cls = type(self)
            if self._boundary_ is KEEP:
                flipped = cls(~self._value_)
            else:
                flipped = cls(self._value_ ^ self._flag_mask_)
            self._inverted_ = flipped
            if isinstance(flipped, cls):
                flipped._inverted_ = self
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints and combine with ints."""


# ----------------------------------------------------------------------------------------
# decorators and helpers


def _alias_lines(enumeration):
    """'ALIAS -> CANONICAL' for every alias name of `enumeration`."""
    return [f'{alias} -> {member.name}'
            for alias, member in enumeration.__members__.items() if alias != member.name]


def unique(enumeration):
    """Class decorator: raise ValueError when two member names share a value."""
    found = _alias_lines(enumeration)
    if found:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(found)))
    return enumeration


def _module_tail(member):
    return type(member).__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() of a member as module.NAME (last component of the module name)."""
    return f'{_module_tail(self)}.{self._name_}'


def global_flag_repr(self):
    """repr() of a flag member as module.NAME|module.OTHER."""
    module = _module_tail(self)
    if self._name_ is None:
        return f'{module}.{type(self).__name__}({self._value_!r})'
    if _is_single_bit(self):  # CPython 3.11 passes the member itself (TypeError for Flag)
        return f'{module}.{self._name_}'
    keep_numbers = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(piece if keep_numbers and piece[0].isdigit() else f'{module}.{piece}'
                    for piece in self._name_.split('|'))


def global_str(self):
    """str() of a member as its bare NAME."""
    if self._name_ is not None:
        return self._name_
    return f'{type(self).__name__}({self._value_!r})'


def global_enum(cls, update_str=False):
    """Class decorator: copy the members into their module's namespace and make
    repr() (and, for plain enums or with update_str, str()) name them as module globals."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """
    Class decorator that converts a normal class into an :class:`Enum`.

    Krait builds the enum through the ordinary EnumType path, so the result behaves as a
    class statement deriving from etype would.
    """
    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        namespace = metacls.__prepare__(cls.__name__, bases)
        for name, obj in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            namespace[name] = obj
        if cls.__dict__.get('__doc__') is None:
            namespace['__doc__'] = 'An enumeration.'
        return metacls.__new__(metacls, cls.__name__, bases, namespace, boundary=boundary)
    return convert_class


class EnumCheck(StrEnum):
    """The properties @verify can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that checks an enumeration for the given EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                found = _alias_lines(enumeration)
                if found:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(found)))
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_continuous(enumeration, kind):
    present = {m.value for m in enumeration}
    if len(present) < 2:
        return
    lo, hi = min(present), max(present)
    if kind == 'flag':
        wanted = [1 << i for i in range(lo.bit_length(), hi.bit_length() - 1)]
    else:
        wanted = range(lo + 1, hi)
    gaps = [str(v) for v in wanted if v not in present]
    if gaps:
        text = f'invalid {kind} {enumeration.__name__!r}: missing values {", ".join(gaps)}'
        raise ValueError(text[:256])  # a huge range must not make a huge message


def _verify_named_flags(enumeration):
    named_bits = {m.value for m in enumeration}
    culprits = []
    unnamed = 0
    for name, member in enumeration._member_map_.items():
        if name in enumeration._member_names_ or member.value < 0:
            continue
        lacking = [b for b in _iter_bits_lsb(member.value) if b not in named_bits]
        if lacking:
            culprits.append(name)
            for b in lacking:
                unnamed |= b
    if not culprits:
        return
    if len(culprits) > 1:
        who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    else:
        who = 'alias %s is missing' % culprits[0]
    what = ('value 0x%x' if _is_single_bit(unnamed) else 'combined values of 0x%x') % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what))

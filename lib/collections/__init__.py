"""collections: specialised container types (Krait's own implementation).

deque, defaultdict and the namedtuple field descriptor live in _collections;
this module adds OrderedDict, Counter, ChainMap, namedtuple and the
UserDict/UserList/UserString wrappers on top of dict, list and str.
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys

from _collections import deque, defaultdict, _tuplegetter

_collections_abc.MutableSequence.register(deque)

_MAXSIZE = _sys.maxsize
_NOTHING = object()

# ids of containers whose repr is being computed (recursion guard)
_in_repr = set()


def _guarded(fill):
    """Decorate a __repr__ so a self-containing object shows `fill` inside."""
    def wrap(method):
        def __repr__(self):
            token = id(self)
            if token in _in_repr:
                return fill
            _in_repr.add(token)
            try:
                return method(self)
            finally:
                _in_repr.discard(token)
        __repr__.__qualname__ = method.__qualname__
        __repr__.__doc__ = method.__doc__
        return __repr__
    return wrap


# ---------------------------------------------------------------------------
# OrderedDict
#
# Krait's dict already keeps insertion order, so the dict storage itself holds
# the order; OrderedDict only adds reordering (move_to_end, popitem(last=False)),
# order-sensitive equality and CPython's iteration-mutation checks.  `_stamp`
# counts structural changes so live iterators can notice them.

class odict_iterator:
    """Iterator over an OrderedDict that fails once the dict is restructured."""

    __slots__ = ('_owner', '_inner', '_stamp', '_size')

    def __init__(self, owner, inner):
        self._owner = owner
        self._inner = inner
        self._stamp = owner._stamp
        self._size = dict.__len__(owner)

    def __iter__(self):
        return self

    def __next__(self):
        owner = self._owner
        if owner is None:
            raise StopIteration
        if owner._stamp != self._stamp:
            self._owner = None
            raise RuntimeError('OrderedDict mutated during iteration')
        if dict.__len__(owner) != self._size:
            self._owner = None
            raise RuntimeError('OrderedDict changed size during iteration')
        try:
            return next(self._inner)
        except StopIteration:
            self._owner = None
            raise

    def __length_hint__(self):
        if self._owner is None:
            return 0
        return self._inner.__length_hint__()


odict_iterator.__module__ = 'builtins'


class odict_keys(_collections_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        return odict_iterator(od, iter(dict.values(od)))

    def __reversed__(self):
        od = self._mapping
        return odict_iterator(od, reversed(dict.values(od)))

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        return odict_iterator(od, iter(dict.items(od)))

    def __reversed__(self):
        od = self._mapping
        return odict_iterator(od, reversed(dict.items(od)))

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


for _view in (odict_keys, odict_values, odict_items):
    _view.__module__ = 'builtins'
del _view


def _pairs_into(target, source):
    """Store key/value pairs from `source` (mapping or pair iterable) via target[k] = v."""
    if isinstance(source, dict) or isinstance(source, _collections_abc.Mapping):
        for key in source:
            target[key] = source[key]
    elif hasattr(source, 'keys'):
        for key in source.keys():
            target[key] = source[key]
    else:
        for pair in source:
            pair = tuple(pair)
            if len(pair) != 2:
                if len(pair) > 2:
                    raise ValueError('too many values to unpack (expected 2)')
                plural = '' if len(pair) == 1 else 's'
                raise ValueError('need more than %d value%s to unpack' % (len(pair), plural))
            target[pair[0]] = pair[1]


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    __slots__ = ('_stamp', '_front_holes', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self._stamp = 0
        self._front_holes = 0
        return self

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self.update(*args, **kwds)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        if args:
            _pairs_into(self, args[0])
        if kwds:
            _pairs_into(self, kwds)

    def __setitem__(self, key, value):
        if not dict.__contains__(self, key):
            self._stamp += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._stamp += 1

    def __iter__(self):
        return odict_iterator(self, iter(dict.keys(self)))

    def __reversed__(self):
        return odict_iterator(self, reversed(dict.keys(self)))

    def clear(self):
        dict.clear(self)
        self._stamp += 1

    def popitem(self, last=True):
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
            value = dict.pop(self, key)
        else:
            key = next(iter(dict.keys(self)))
            value = dict.pop(self, key)
            self._front_holes += 1
            if self._front_holes ** 2 > 1000 * dict.__len__(self) + 1024:
                self._compact()
        self._stamp += 1
        return key, value

    def _compact(self):
        # Popping from the front leaves deleted slots that every later search
        # for the first key walks over; rebuilding the storage drops them, so
        # FIFO use (popitem(last=False) in a loop) stays cheap on average.
        live = list(dict.items(self))
        dict.clear(self)
        dict.update(self, live)
        self._front_holes = 0

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key, _NOTHING)
        if value is _NOTHING:
            raise KeyError(key)
        self._stamp += 1
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __sizeof__(self):
        return dict.__sizeof__(self) + 8 * (dict.__len__(self) + 4)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def pop(self, key, default=_NOTHING):
        if dict.__contains__(self, key):
            value = dict.pop(self, key)
            self._stamp += 1
            return value
        if default is _NOTHING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_guarded('...')
    def __repr__(self):
        name = type(self).__name__
        if not dict.__len__(self):
            return name + '()'
        return '%s(%r)' % (name, list(self.items()))

    def __reduce__(self):
        extra = vars(self) or None
        return type(self), (), extra, None, iter(self.items())

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        if not isinstance(other, OrderedDict):
            return dict.__eq__(self, other)
        if not dict.__eq__(self, other):
            return False
        for mine, theirs in zip(self, other):
            if not (mine is theirs or mine == theirs):
                return False
        return True

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged


# ---------------------------------------------------------------------------
# namedtuple

def _check_field_names(typename, names, rename):
    if rename:
        seen = set()
        for position, name in enumerate(names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name[:1] == '_' or name in seen):
                names[position] = '_%d' % position
            seen.add(name)
    for name in [typename, *names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in names:
        if name[:1] == '_' and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)


def _iskeyword(name):
    from keyword import iskeyword
    return iskeyword(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Build a tuple subclass whose items can also be read by name.

    Point = namedtuple('Point', 'x y'); Point(1, 2).y == 2
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    _check_field_names(typename, names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        if defaults:
            field_defaults = dict(zip(names[len(names) - len(defaults):], defaults))

    fields = tuple(_sys.intern(name) for name in names)
    size = len(fields)
    params = ', '.join(fields)
    if size == 1:
        params += ','
    label = '%s(%s)' % (typename, params)
    item_formats = ', '.join(name + '=%r' for name in fields)
    make_tuple = tuple.__new__

    # Only __new__ is generated from source, so its signature names the fields.
    source = 'lambda _cls, %s: _tuple_new(_cls, (%s))' % (params, params)
    scope = {'_tuple_new': make_tuple, '__builtins__': {},
             '__name__': 'namedtuple_' + typename}
    __new__ = eval(source, scope)
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of ' + label
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != size:
            raise TypeError('Expected %d arguments, got %d' % (size, len(made)))
        return made

    def _replace(self, /, **kwds):
        values = []
        for name, current in zip(fields, self):
            values.append(kwds.pop(name, current))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        return type(self).__name__ + '(' + item_formats % tuple(self) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    for func in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = typename + '.' + func.__name__

    body = {
        '__doc__': label,
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for position, name in enumerate(fields):
        body[name] = _tuplegetter(position, _sys.intern('Alias for field number %d' % position))
    cls = type(typename, (tuple,), body)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------
# Counter

def _count_elements(mapping, iterable):
    lookup = mapping.get
    for item in iterable:
        mapping[item] = lookup(item, 0) + 1


def _by_count(pair):
    return pair[1]


def _all_counts(self, other, test):
    """test(self[e], other[e]) for every element of either counter."""
    for source in (self, other):
        for item in source:
            if not test(self[item], other[item]):
                return False
    return True


def _combine(self, other, pick, extra):
    """Counter of positive pick(mine, theirs), plus extra(theirs) for keys only in other."""
    result = Counter()
    for item, n in self.items():
        value = pick(n, other[item])
        if value > 0:
            result[item] = value
    for item, n in other.items():
        if item not in self:
            value = extra(n)
            if value > 0:
                result[item] = value
    return result


def _with_counter(operation):
    """Make a binary Counter method return NotImplemented for non-Counters."""
    def method(self, other):
        if isinstance(other, Counter):
            return operation(self, other)
        return NotImplemented
    method.__name__ = operation.__name__
    method.__qualname__ = 'Counter.' + operation.__name__
    method.__doc__ = operation.__doc__
    return method


class Counter(dict):
    """A dict mapping elements to how many times they occur (a multiset).

    Missing elements count as zero; arithmetic between counters keeps only
    positive counts.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Add up all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first; at most n of them."""
        if n is None:
            return sorted(self.items(), key=_by_count, reverse=True)
        from heapq import nlargest
        return nlargest(n, self.items(), key=_by_count)

    def elements(self):
        """Each element repeated by its count (non-positive counts give nothing)."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from a mapping, an iterable of elements, or keywords."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif not self:
                dict.update(self, iterable)
            else:
                lookup = self.get
                for item, n in iterable.items():
                    self[item] = n + lookup(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts; results may drop to zero or below."""
        if iterable is not None:
            lookup = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for item, n in iterable.items():
                    self[item] = lookup(item, 0) - n
            else:
                for item in iterable:
                    self[item] = lookup(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    # Comparisons and binary operators accept only other Counters; missing
    # elements count as zero, and binary results keep positive counts only.

    @_with_counter
    def __eq__(self, other):
        return _all_counts(self, other, lambda a, b: a == b)

    @_with_counter
    def __ne__(self, other):
        return not self == other

    @_with_counter
    def __le__(self, other):
        return _all_counts(self, other, lambda a, b: a <= b)

    @_with_counter
    def __lt__(self, other):
        return self <= other and self != other

    @_with_counter
    def __ge__(self, other):
        return _all_counts(self, other, lambda a, b: a >= b)

    @_with_counter
    def __gt__(self, other):
        return self >= other and self != other

    @_with_counter
    def __add__(self, other):
        return _combine(self, other, lambda a, b: a + b, lambda b: b)

    @_with_counter
    def __sub__(self, other):
        return _combine(self, other, lambda a, b: a - b, lambda b: 0 - b)

    @_with_counter
    def __or__(self, other):
        return _combine(self, other, lambda a, b: b if a < b else a, lambda b: b)

    @_with_counter
    def __and__(self, other):
        return _combine(self, other, lambda a, b: a if a < b else b, lambda b: 0)

    def __pos__(self):
        result = Counter()
        for item, n in self.items():
            if n > 0:
                result[item] = n
        return result

    def __neg__(self):
        result = Counter()
        for item, n in self.items():
            if n < 0:
                result[item] = 0 - n
        return result

    def _keep_positive(self):
        for item in [e for e, n in self.items() if not n > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, n in other.items():
            self[item] += n
        self._keep_positive()
        return self

    def __isub__(self, other):
        for item, n in other.items():
            self[item] -= n
        self._keep_positive()
        return self

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        self._keep_positive()
        return self

    def __iand__(self, other):
        for item, n in self.items():
            theirs = other[item]
            if theirs < n:
                self[item] = theirs
        self._keep_positive()
        return self


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: reads try each of `maps` in turn,
    writes and deletions go to maps[0] only.
    """

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        ordered = {}
        for mapping in self.maps[::-1]:
            ordered.update(dict.fromkeys(mapping))
        return iter(ordered)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    @_guarded('...')
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Same class, copying maps[0] and sharing the other maps."""
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A chain with `m` (or a new dict of the keywords) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """The chain without its first map."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return self.__class__(flat)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: wrappers whose state is the `data` attribute

def _unwrap(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _shallow_clone(obj, data):
    """A new instance of obj's class sharing its attributes but holding `data`."""
    cls = obj.__class__
    clone = cls.__new__(cls)
    clone.__dict__.update(obj.__dict__)
    clone.__dict__['data'] = data
    return clone


class UserDict(_collections_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'].copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        saved = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_operand(self, other):
    """`other` as something that can be concatenated with self.data."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, type(self.data)):
        return other
    return list(other)


class UserList(_collections_abc.MutableSequence):
    """A list-like object whose items live in the `data` list."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __cast(self, other):
        return _unwrap(other, UserList)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _list_operand(self, other))

    def __radd__(self, other):
        return self.__class__(_list_operand(self, other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(self, other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_clone(self, self.__dict__['data'][:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))




def _like(template, text):
    """A new instance of template's class holding `text`."""
    return template.__class__(text)


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return _like(self, self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return _like(self, self.data + other)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return _like(self, other + self.data)

    def __mul__(self, n):
        return _like(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _like(self, self.data % args)

    def __rmod__(self, template):
        return _like(self, str(template) % self)

    # Methods taking arguments; the argument-free ones are added below.

    def center(self, width, *args):
        return _like(self, self.data.center(width, *args))

    def count(self, sub, start=0, end=_MAXSIZE):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def removeprefix(self, prefix, /):
        return _like(self, self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return _like(self, self.data.removesuffix(_unwrap(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_MAXSIZE):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return _like(self, self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_MAXSIZE):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_MAXSIZE):
        return self.data.index(sub, start, end)

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return _like(self, self.data.ljust(width, *args))

    def lstrip(self, chars=None):
        return _like(self, self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        old = _unwrap(old, UserString)
        new = _unwrap(new, UserString)
        return _like(self, self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_MAXSIZE):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=_MAXSIZE):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return _like(self, self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return _like(self, self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep=sep, maxsplit=maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep=sep, maxsplit=maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends=keepends)

    def startswith(self, prefix, start=0, end=_MAXSIZE):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return _like(self, self.data.strip(chars))

    def translate(self, *args):
        return _like(self, self.data.translate(*args))

    def zfill(self, width):
        return _like(self, self.data.zfill(width))


def _add_str_method(name, rewrap):
    """Give UserString an argument-free str method `name`."""
    if rewrap:
        def method(self):
            return _like(self, getattr(self.data, name)())
    else:
        def method(self):
            return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    setattr(UserString, name, method)


for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
    _add_str_method(_name, True)
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    _add_str_method(_name, False)
del _name, _add_str_method


from . import abc  # noqa: E402  (CPython has collections.abc loaded at startup)

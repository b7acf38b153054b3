"""Abstract base classes for containers, published as collections.abc.

Each ABC names the methods a container must provide (abstract) and derives
the rest from them (mixins).  The one-method ABCs also recognise any class
that defines the right methods, through __subclasshook__.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)


def _plain_function():
    pass


FunctionType = type(_plain_function)
del _plain_function

__all__ = ['Awaitable', 'Coroutine',
           'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
           'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet',
           'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence',
           'ByteString',
           ]

# Classes defined below report collections.abc as their module, as in CPython.
__name__ = 'collections.abc'

# ---------------------------------------------------------------------------
# Built-in types that get registered with the ABCs; taken from live objects.

(bytes_iterator, bytearray_iterator, str_iterator, tuple_iterator, list_iterator,
 list_reverseiterator, set_iterator, zip_iterator) = map(type, (
    iter(b''), iter(bytearray()), iter(''), iter(()), iter([]),
    reversed([]), iter(set()), zip()))
range_iterator, longrange_iterator = [type(iter(range(n))) for n in (0, 1 << 1000)]
_sample = {}
dict_keys, dict_values, dict_items = map(type, (_sample.keys(), _sample.values(), _sample.items()))
dict_keyiterator, dict_valueiterator, dict_itemiterator = map(type, map(iter, (
    _sample.keys(), _sample.values(), _sample.items())))
del _sample
mappingproxy = type(vars(object))


def _make_samples():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    g = gen()
    c = coro()
    a = agen()
    kinds = type(g), type(c), type(a)
    c.close()
    return kinds


generator, coroutine, async_generator = _make_samples()
del _make_samples

_ABSENT = object()


def _check_methods(C, *methods):
    """True if C's MRO defines every name in `methods` (and none as None),
    NotImplemented otherwise."""
    mro = C.__mro__
    for name in methods:
        value = _ABSENT
        for klass in mro:
            namespace = klass.__dict__
            if name in namespace:
                value = namespace[name]
                break
        if value is _ABSENT or value is None:
            return NotImplemented
    return True


def _structural(owner, *methods):
    """A __subclasshook__ for the ABC named `owner`: any class that defines
    `methods` counts as a subclass.  Subclasses of the ABC do not inherit it."""
    def __subclasshook__(cls, C):
        own = cls.__dict__.get('__subclasshook__')
        if getattr(own, '__func__', None) is __subclasshook__:
            return _check_methods(C, *methods)
        return NotImplemented
    __subclasshook__.__qualname__ = owner + '.__subclasshook__'
    return classmethod(__subclasshook__)


_parameterise = classmethod(GenericAlias)


def _raise_into(typ, val, tb):
    """Shared body of Generator.throw and friends: raise the described exception."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# ---------------------------------------------------------------------------
# Single-method ABCs

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _structural('Hashable', '__hash__')


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _structural('Awaitable', '__await__')

    __class_getitem__ = _parameterise


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine; StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _raise_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    __subclasshook__ = _structural('Coroutine', '__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _structural('AsyncIterable', '__aiter__')

    __class_getitem__ = _parameterise


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Next item, or StopAsyncIteration once exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _structural('AsyncIterator', '__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    async def __anext__(self):
        """Next item from the asynchronous generator."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        _raise_into(typ, val, tb)

    async def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _structural('AsyncGenerator', '__aiter__', '__anext__',
                                   'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __subclasshook__ = _structural('Iterable', '__iter__')

    __class_getitem__ = _parameterise


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Next item; StopIteration once exhausted."""
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _structural('Iterator', '__iter__', '__next__')


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield

    __subclasshook__ = _structural('Reversible', '__reversed__', '__iter__')


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Next item from the generator; StopIteration once exhausted."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator; StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _raise_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _structural('Generator', '__iter__', '__next__',
                                   'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _structural('Sized', '__len__')


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _structural('Container', '__contains__')

    __class_getitem__ = _parameterise


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    __subclasshook__ = _structural('Collection', '__len__', '__iter__', '__contains__')


# ---------------------------------------------------------------------------
# Callable and its parameterised alias, Callable[[args...], result]

def _is_param_expr(obj):
    """Whether obj can stand for a whole parameter list: ..., a list,
    a typing.ParamSpec or a typing.Concatenate[...]."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec',
                                                             '_ConcatenateGenericAlias')


def _type_repr(obj):
    """How an argument of Callable[...] is shown in its repr."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _callable_bracketed(alias):
    """Whether the alias stands for Callable[[arg, ...], result] (not [..., r] or [P, r])."""
    args = alias.__args__
    return len(args) != 2 or not _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """GenericAlias for Callable[[arg, ...], result]; keeps the argument list
    flattened in __args__ but shows it bracketed again."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        if not _callable_bracketed(self):
            return super().__repr__()
        *params, result = self.__args__
        shown = ', '.join([_type_repr(p) for p in params])
        return 'collections.abc.Callable[[%s], %s]' % (shown, _type_repr(result))

    def __reduce__(self):
        args = self.__args__
        if _callable_bracketed(self):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        params = self.__parameters__
        # Callable[P, T][int, str] means Callable[[int, str], T] (PEP 612).
        if (len(params) == 1 and _is_param_expr(params[0])
                and item and not _is_param_expr(item[0])):
            item = (item,)
        substituted = super().__getitem__(item).__args__
        if not isinstance(substituted[0], (tuple, list)):
            substituted = (substituted[:-1], substituted[-1])
        return _CallableGenericAlias(Callable, tuple(substituted))


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _structural('Callable', '__call__')

    __class_getitem__ = classmethod(_CallableGenericAlias)


# ---------------------------------------------------------------------------
# Sets

def _set_comparison(compare):
    """Wrap a Set comparison so it only runs against other Sets."""
    def method(self, other):
        if isinstance(other, Set):
            return compare(self, other)
        return NotImplemented
    method.__name__ = compare.__name__
    method.__qualname__ = 'Set.' + compare.__name__
    return method


def _set_operand(owner, other):
    """other as a Set for owner's operators: Sets pass through, other
    iterables go through owner._from_iterable, anything else gives
    NotImplemented."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return NotImplemented


class Set(Collection):
    """A finite, iterable container with set comparisons and operators.

    Subclasses supply __contains__, __iter__ and __len__.  Results of the
    operators are built by the _from_iterable classmethod, cls(iterable) by
    default; override it when the constructor takes something else.
    """

    __slots__ = ()

    @_set_comparison
    def __le__(self, other):
        if len(self) > len(other):
            return False
        return all(item in other for item in self)

    @_set_comparison
    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    @_set_comparison
    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    @_set_comparison
    def __ge__(self, other):
        if len(self) < len(other):
            return False
        return all(item in self for item in other)

    @_set_comparison
    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a result set from an iterable (cls(it) by default)."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if the two sets share no element."""
        return not any(item in self for item in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for part in (self, other) for item in part)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        mine_only = self - other
        return mine_only | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for the set that ignores iteration order; it matches
        frozenset's algorithm, so equal sets of either kind hash alike.
        Subclasses that want hashing set __hash__ = Set._hash."""
        top = sys.maxsize
        mask = 2 * top + 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            h = hash(item)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > top:
            acc -= mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that can change: subclasses add add() and discard() to the
    abstract methods of Set, and get remove, pop, clear and the in-place
    operators from them.
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if it is missing."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        try:
            value = next(iter(self))
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element (one pop at a time)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---------------------------------------------------------------------------
# Mappings and their views

class Mapping(Collection):
    """A read-only key/value container.

    Subclasses supply __getitem__, __iter__ and __len__; get, __contains__,
    keys, items, values, __eq__ and __ne__ follow from them.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D[key] if key is in D, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = _parameterise


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for found in self:
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and __delitem__,
    and get pop, popitem, clear, update and setdefault from them.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value; default (or KeyError) if missing."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Copy items from a mapping, an object with keys(), or an iterable
        of pairs, then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D[key], first storing default there when key is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------------------
# Sequences

class Sequence(Reversible, Collection):
    """A read-only indexable container.

    Subclasses supply __getitem__ and __len__; iteration, membership,
    reversed(), index() and count() follow from them.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """Position of the first occurrence of value in [start, stop);
        ValueError if it does not occur."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many times value occurs."""
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total


class ByteString(Sequence):
    """Common base of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses add __setitem__, __delitem__
    and insert, and get append, clear, reverse, extend, pop, remove and +=.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        """Append every item of values."""
        if values is self:
            values = list(values)
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------------------------------
# The built-in types each ABC recognises without subclassing.

for _abc, _kinds in (
    (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                longrange_iterator, set_iterator, str_iterator, tuple_iterator,
                zip_iterator)),
    (Generator, (generator,)),
    (Coroutine, (coroutine,)),
    (AsyncGenerator, (async_generator,)),
    (Set, (frozenset,)),
    (MutableSet, (set,)),
    (Mapping, (mappingproxy,)),
    (MutableMapping, (dict,)),
    (KeysView, (dict_keys,)),
    (ItemsView, (dict_items,)),
    (ValuesView, (dict_values,)),
    (Sequence, (tuple, str, range, memoryview)),
    (ByteString, (bytes, bytearray)),
    (MutableSequence, (list, bytearray)),
):
    for _kind in _kinds:
        _abc.register(_kind)
del _abc, _kinds, _kind

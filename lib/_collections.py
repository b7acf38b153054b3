"""_collections: deque and defaultdict in Python; mirrors CPython's Modules/_collectionsmodule.c."""

import sys

GenericAlias = type(list[int])

__all__ = ['deque', 'defaultdict', '_tuplegetter']

_repr_running = set()


def _index(i):
    if isinstance(i, int):
        return i
    try:
        method = type(i).__index__
    except AttributeError:
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None
    return method(i)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # Items are _items[_head:]: appending and popping at the right are list
    # operations, popping at the left moves _head, and appending at the left
    # fills free slots before _head (making more when there are none).
    __slots__ = ('_items', '_head', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    @maxlen.deleter
    def maxlen(self):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _reset(self, items):
        self._items = list(items)
        self._head = 0
        self._state += 1

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        items = self._items
        items.append(x)
        self._state += 1
        if self._maxlen is not None and len(items) - self._head > self._maxlen:
            self._drop_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        head = self._head
        if head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            head = room
        head -= 1
        self._items[head] = x
        self._head = head
        self._state += 1
        if self._maxlen is not None and len(self._items) - head > self._maxlen:
            self._items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        items = self._items
        if len(items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return items.pop()

    def _drop_left(self):
        items = self._items
        head = self._head
        x = items[head]
        items[head] = None
        head += 1
        if head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._items.extend(iterable)
            self._state += 1
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._items = []
        self._head = 0
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=sys.maxsize, /):
        """Return first index of value."""
        size = len(self._items) - self._head
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        items = self._items
        head = self._head
        for i in range(start, stop):
            x = items[head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        size = len(self._items) - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(_index(index), value)
        self._reset(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._items
        for i in range(self._head, len(items)):
            x = items[i]
            if x is value or x == value:
                del self[i - self._head]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        self._reset(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self._items) - self._head
        if size <= 1:
            return
        n = _index(n) % size
        if n:
            items = self._items[self._head:]
            self._reset(items[-n:] + items[:-n])

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) != self._head

    def _position(self, index):
        i = _index(index)
        size = len(self._items) - self._head
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, index, /):
        return self._items[self._position(index)]

    def __setitem__(self, index, value, /):
        self._items[self._position(index)] = value

    def __delitem__(self, index, /):
        position = self._position(index)
        del self._items[position]
        self._state += 1

    def __contains__(self, value, /):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def __iter__(self):
        state = self._state
        items = self._items
        for position in range(self._head, len(items)):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield items[position]
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        items = self._items
        for position in range(len(items) - 1, self._head - 1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield items[position]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            listrepr = repr(self._items[self._head:])
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, listrepr)
        return '%s(%s, maxlen=%d)' % (name, listrepr, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = list(self)
            if self._maxlen is not None:
                for _ in range(n - 1):
                    self.extend(items)
            else:
                self._reset(items * n)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if self._maxlen is None:
            return type(self), (), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    __class_getitem__ = classmethod(GenericAlias)


class defaultdict(dict):
    """The default factory is called without arguments to produce a new value when a key is not present, in __getitem__ only."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code: if self.default_factory is None: raise KeyError((key,)) self[key] = value = self.default_factory() return value"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(factory)
        if factory is None:
            factory_repr = 'None'
        elif key in _repr_running:
            factory_repr = '...'
        else:
            _repr_running.add(key)
            try:
                factory_repr = repr(factory)
            finally:
                _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    __class_getitem__ = classmethod(GenericAlias)


# The descriptor namedtuple uses for each field: item `index` of the tuple.
# (No class docstring: each instance has its own __doc__ slot.)
class _tuplegetter:
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't apply "
                            "to '%s' object" % (self._index, type(instance).__name__))
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'

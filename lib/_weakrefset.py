"""_weakrefset: WeakSet, a set that holds its elements through weak references.

An element leaves the set when it is garbage collected. The set keeps one weak reference
(with a callback) per element; while some iteration over the set is running, dead elements
are only queued and are taken out when the last iteration ends, so that the underlying set
never changes size under an iterator. `weakref.WeakSet` is this class.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _begin_iteration(container):
    """Mark one more iteration in progress over `container` (a WeakSet, or one of the
    weak dictionaries of `weakref`): dead entries are queued until the last one ends."""
    container._iterating += 1


def _end_iteration(container):
    container._iterating -= 1
    if not container._iterating and container._pending_removals:
        container._commit_removals()


def _refs(items):
    """Plain weak references (no callback) to each of `items`, for comparisons."""
    return {ref(item) for item in items}


class WeakSet:
    """A set of objects that are referenced weakly: an element that is no longer
    referenced anywhere else disappears from the set."""

    def __init__(self, data=None):
        self.data = set()
        self._pending_removals = []
        self._iterating = 0
        selfref = ref(self)

        def _remove(item):
            # Callback of the element references: runs when an element dies.
            s = selfref()
            if s is None:
                return
            if s._iterating:
                s._pending_removals.append(item)
            else:
                s.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self.data.discard(pending.pop())

    def _flush(self):
        if self._pending_removals:
            self._commit_removals()

    def __iter__(self):
        _begin_iteration(self)
        try:
            for r in self.data:
                obj = r()
                if obj is not None:
                    yield obj
        finally:
            _end_iteration(self)

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), self.__getstate__())

    def add(self, item):
        self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._flush()
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = r()
            if obj is not None:
                return obj

    def remove(self, item):
        self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        self._flush()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._flush()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < _refs(other)

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > _refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == _refs(other)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._flush()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        def both():
            yield from self
            yield from other
        return self.__class__(both())

    __or__ = union

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)

"""_weakrefset: WeakSet, a set that holds its elements through weak references, and the
death bookkeeping it shares with the weak dictionaries of `weakref`.

`weakref.WeakSet` is this module's class.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _WeakStore:
    """What the weak containers share. `data` holds their weak references; each reference's
    callback is `_died`. A death drops its entry at once, except while an iteration over the
    container runs: `data` must not change size under an iterator, so the dead reference is
    noted in `_dead` and dropped when the last iteration ends (or at the next mutation).
    Subclasses say how an entry is dropped (`_drop`) and whether a reference is still one of
    theirs (`_holds`)."""

    def _init_store(self, data):
        self.data = data
        self._dead = []
        self._walkers = 0
        owner = ref(self)

        def died(wr):
            me = owner()
            if me is None:
                return
            if me._walkers:
                me._dead.append(wr)
            else:
                me._drop(wr)

        self._died = died

    def _sweep(self):
        dead = self._dead
        while dead:
            self._drop(dead.pop())

    def _walk(self, source):
        """Yield from `source` (a view of `data`) with deaths deferred meanwhile."""
        self._walkers += 1
        try:
            yield from source
        finally:
            self._walkers -= 1
            if not self._walkers:
                self._sweep()

    def _size(self):
        """How many entries are live: noted deaths still in `data` do not count."""
        return len(self.data) - sum(1 for wr in self._dead if self._holds(wr))


class WeakSet(_WeakStore):
    """A set of objects that are referenced weakly: an element that is no longer
    referenced anywhere else disappears from the set."""

    def __init__(self, data=None):
        self._init_store(set())
        if data is not None:
            self.update(data)

    def _drop(self, wr):
        self.data.discard(wr)

    def _holds(self, wr):
        return wr in self.data

    def _refs_of(self, items):
        """Weak references to `items` (no callback), for membership arithmetic."""
        return {ref(item) for item in items}

    # -- elements ------------------------------------------------------------------------

    def __iter__(self):
        for wr in self._walk(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __len__(self):
        return self._size()

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self._sweep()
        self.data.add(ref(item, self._died))

    def remove(self, item):
        self._sweep()
        self.data.remove(ref(item))

    def discard(self, item):
        self._sweep()
        self.data.discard(ref(item))

    def pop(self):
        self._sweep()
        while self.data:
            obj = self.data.pop()()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self._sweep()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return (type(self), (list(self),), self.__getstate__())

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)

    # -- in-place algebra ----------------------------------------------------------------

    def update(self, other):
        for item in other:
            self.add(item)

    def difference_update(self, other):
        self._sweep()
        if other is self:
            self.data.clear()
            return
        self.data -= self._refs_of(other)

    def intersection_update(self, other):
        self._sweep()
        keep = self._refs_of(other)
        # Keep this set's own references: they carry the death callback.
        self.data -= {wr for wr in self.data if wr not in keep}

    def symmetric_difference_update(self, other):
        self._sweep()
        if other is self:
            self.data.clear()
            return
        for item in set(other):
            wr = ref(item, self._died)
            if wr in self.data:
                self.data.discard(wr)
            else:
                self.data.add(wr)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # -- new sets ------------------------------------------------------------------------

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    # -- comparisons ---------------------------------------------------------------------

    def issubset(self, other):
        return self.data <= self._refs_of(other)

    def issuperset(self, other):
        return self.data >= self._refs_of(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs_of(other)

"""reprlib: repr() with size limits, and a guard against recursive reprs."""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
import itertools

try:
    from _thread import get_ident
except ImportError:
    # Without threads every call comes from the one thread there is.
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call made while the same object's repr
    is already being built (in the same thread) returns fillvalue."""

    def decorate(user_function):
        # (object id, thread id) pairs whose repr is being computed right now.
        active = set()

        def wrapper(self):
            mark = (id(self), get_ident())
            if mark in active:
                return fillvalue
            active.add(mark)
            try:
                return user_function(self)
            finally:
                active.discard(mark)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name))
        notes = getattr(user_function, '__annotations__', None)
        wrapper.__annotations__ = {} if notes is None else notes
        return wrapper

    return decorate


def _possibly_sorted(x):
    # Sorted output reads better, but mixed or unorderable items stay as
    # they come.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name: repr_<name>, with any spaces in the
        # name turned into underscores.
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _cut_middle(self, text, limit):
        # Keep the two ends of text, joined by the fill value, when it is
        # longer than limit (the limit counts three characters for the fill).
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _join_items(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            inner = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in itertools.islice(x, maxiter)]
            if count > maxiter:
                parts.append(self.fillvalue)
            inner = ', '.join(parts)
            if count == 1 and trail:
                right = trail + right
        return left + inner + right

    def repr_tuple(self, x, level):
        return self._join_items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._join_items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._join_items(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._join_items(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._join_items(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._join_items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        shown = self.maxdict
        parts = []
        for key in itertools.islice(_possibly_sorted(x), shown):
            parts.append(self.repr1(key, below) + ': ' + self.repr1(x[key], below))
        if count > shown:
            parts.append(self.fillvalue)
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        limit = self.maxstring
        full = builtins.repr(x[:limit])
        if len(full) <= limit:
            return full
        # Quote the two ends of the string only, then put the fill value
        # between them.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        quoted = builtins.repr(x[:head] + x[len(x) - tail:])
        return quoted[:head] + self.fillvalue + quoted[len(quoted) - tail:]

    def repr_int(self, x, level):
        return self._cut_middle(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ should not break the caller's repr.
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return self._cut_middle(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr

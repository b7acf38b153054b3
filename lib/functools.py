"""functools: tools that act on or return callables (Krait's own implementation).

Everything CPython keeps in its _functools accelerator (partial, reduce, cmp_to_key and the
lru_cache wrapper type) is written here in Python; the observable behaviour follows
CPython 3.11: reprs, error messages and the types' public names.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from types import GenericAlias, MappingProxyType

_MISSING = object()


# --- wrapper metadata --------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make *wrapper* look like *wrapped*: copy the attributes named in *assigned*,
    merge the mappings named in *updated*, and record the original as __wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied out of wrapped.__dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: apply update_wrapper() with *wrapped* to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- total_ordering ----------------------------------------------------------------------

# For each root operation, the other three as (name, negate, combine): the root's result r
# (unless NotImplemented) is negated if asked, then combined with "and self != other"
# ('ne') or "or self == other" ('eq').
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)),
}

_OP_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derive_comparison(root, name, negate, combine):
    def derived(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if combine == 'ne':
            return r and self != other
        if combine == 'eq':
            return r or self == other
        return r
    formula = ('(not a %s b)' if negate else '(a %s b)') % _OP_SYMBOLS[root]
    if combine == 'ne':
        formula += ' and (a != b)'
    elif combine == 'eq':
        formula += ' or (a == b)'
    derived.__name__ = name
    derived.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    derived.__doc__ = 'Return a %s b.  Computed by @total_ordering from %s.' % (
        _OP_SYMBOLS[name], formula)
    return derived


def total_ordering(cls):
    """Class decorator: fill in the missing rich comparisons from the ones defined."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Preference when several are defined: < then <= then > then >=.
    root = defined[0]
    for name, negate, combine in _DERIVATIONS[root]:
        if name not in defined:
            setattr(cls, name, _derive_comparison(root, name, negate, combine))
    return cls


# --- cmp_to_key ------------------------------------------------------------------------------

class KeyWrapper:
    """A sort key built by cmp_to_key(): compares by calling the comparison function."""
    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=_MISSING):
        self._cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, *args, **kwargs):
        count = len(args) + len(kwargs)
        if count > 1:
            raise TypeError('K() takes at most 1 argument (%d given)' % count)
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        elif kwargs:
            raise TypeError("K() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# --- reduce ----------------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % n)
    if n > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % n)
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        acc = args[2]
    else:
        acc = next(items, _MISSING)
        if acc is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# --- partial ---------------------------------------------------------------------------------

class _ReadOnlySlot:
    """Expose a private slot under a public name that cannot be set or deleted."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._slot.__get__(obj, owner)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_in_repr = set()


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""
    __slots__ = ('_fn', '_pargs', '_pkw', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        fn, args = args[0], args[1:]
        if not callable(fn):
            raise TypeError('the first argument must be callable')
        if (isinstance(fn, partial) and type(fn).__call__ is partial.__call__
                and not fn.__dict__):
            # Flatten partial(partial(f, a), b) into partial(f, a, b).
            args = fn._pargs + args
            keywords = {**fn._pkw, **keywords}
            fn = fn._fn
        self = object.__new__(cls)
        self._fn = fn
        self._pargs = args
        self._pkw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self._fn(*self._pargs, *args, **{**self._pkw, **keywords})

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        key = id(self)
        if key in _in_repr:
            return '...'
        _in_repr.add(key)
        try:
            parts = [repr(self._fn)]
            parts.extend(repr(a) for a in self._pargs)
            parts.extend('%s=%r' % (k, v) for k, v in self._pkw.items())
        finally:
            _in_repr.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._fn,),
                (self._fn, self._pargs, self._pkw, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        fn, args, kw, ns = state
        if (not callable(fn) or not isinstance(args, tuple)
                or (kw is not None and not isinstance(kw, dict))):
            raise TypeError('invalid partial state')
        self._fn = fn
        self._pargs = tuple(args)
        self._pkw = {} if kw is None else dict(kw)
        if ns is None:
            self.__dict__.clear()
        else:
            self.__dict__ = ns

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _ReadOnlySlot(partial._fn, 'function object to use in future partial calls')
partial.args = _ReadOnlySlot(partial._pargs, 'tuple of arguments to future partial calls')
partial.keywords = _ReadOnlySlot(partial._pkw, 'dictionary of keyword arguments to future partial calls')


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Merge with the inner partialmethod instead of nesting.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        # CPython always prints three comma-separated parts, even when some are empty.
        positional = ', '.join(repr(a) for a in self.args)
        named = ', '.join('%s=%r' % item for item in self.keywords.items())
        cls = type(self)
        return '%s.%s(%r, %s, %s)' % (cls.__module__, cls.__qualname__, self.func,
                                     positional, named)

    def _unbound(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor (staticmethod, classmethod, a function...) gave us
                # something new to call: wrap that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    """Strip any layers of partial() around *func* (used by inspect)."""
    while isinstance(func, partial):
        func = func.func
    return func


# --- lru_cache -------------------------------------------------------------------------------

_cache_info_type = None


def _make_cache_info(hits, misses, maxsize, currsize):
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _cache_info_type(hits, misses, maxsize, currsize)


class _CallKey(tuple):
    """A cache key: a tuple whose hash is computed once."""
    __slots__ = ('_h',)

    def __new__(cls, parts):
        self = tuple.__new__(cls, parts)
        self._h = tuple.__hash__(self)
        return self

    def __hash__(self):
        return self._h


_KWD_SEPARATOR = object()


def _call_key(args, kwargs, typed):
    if not kwargs and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    parts = list(args)
    if kwargs:
        parts.append(_KWD_SEPARATOR)
        for item in kwargs.items():
            parts.extend(item)
    if typed:
        parts.extend(type(a) for a in args)
        parts.extend(type(v) for v in kwargs.values())
    return _CallKey(parts)


class _lru_cache_wrapper:
    """Wrap a function with a memoizing callable that saves up to *maxsize* results
    (no limit when None), evicting the least recently used."""
    __slots__ = ('_func', '_maxsize', '_typed', '_results', '_hits', '_misses',
                 '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._results = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwargs):
        limit = self._maxsize
        if limit == 0:
            self._misses += 1
            return self._func(*args, **kwargs)
        key = _call_key(args, kwargs, self._typed)
        results = self._results
        value = results.get(key, _MISSING)
        if value is not _MISSING:
            self._hits += 1
            if limit is not None:
                # Move to the most-recently-used end.
                del results[key]
                results[key] = value
            return value
        self._misses += 1
        value = self._func(*args, **kwargs)
        if key in results:
            # A recursive call already stored this key while we computed it.
            return value
        if limit is not None and len(results) >= limit:
            del results[next(iter(results))]
        results[key] = value
        return value

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _make_cache_info(self._hits, self._misses, self._maxsize, len(self._results))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._results.clear()
        self._hits = self._misses = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _build_lru_wrapper(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: the "maxsize" is the function itself.
        return _build_lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _build_lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)



# --- singledispatch --------------------------------------------------------------------------

def _merge_linearizations(seqs):
    """C3 merge of the lists in *seqs* (which it consumes)."""
    seqs = [list(s) for s in seqs if s]
    out = []
    while seqs:
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        out.append(head)
        for seq in seqs:
            if seq and seq[0] is head:
                del seq[0]
        seqs = [s for s in seqs if s]
    return out


def _linearize(cls, abcs):
    """The MRO of *cls* with the ABCs in *abcs* that it implements virtually woven in.

    The ABCs a class introduces (it is a subclass while none of its bases is) are placed
    after its bases up to the last explicit ABC base, and before the remaining bases."""
    bases = cls.__bases__
    split = 0
    for pos in range(len(bases) - 1, -1, -1):
        if hasattr(bases[pos], '__abstractmethods__'):
            split = pos + 1
            break
    introduced = [a for a in abcs
                  if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    remaining = [a for a in abcs if a not in introduced]
    head, tail = list(bases[:split]), list(bases[split:])
    groups = [[cls]]
    for group in (head, introduced, tail):
        groups.extend(_linearize(b, remaining) for b in group)
    groups.extend((head, introduced, tail))
    return _merge_linearizations(groups)


def _dispatch_mro(cls, candidates):
    """The linearization used to dispatch on *cls* given the registered *candidates*."""
    own = set(cls.__mro__)
    related = [t for t in candidates
               if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # Drop the ones already implied by a more derived related type.
    related = [t for t in related
               if not any(t is not u and t != u and t in u.__mro__ for u in related)]
    chosen = set(related)
    order = []
    for abc in related:
        chains = [[s for s in sub.__mro__ if s in chosen]
                  for sub in abc.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            order.append(abc)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for t in chain:
                if t not in order:
                    order.append(t)
    return _linearize(cls, order)


def _find_impl(cls, registry):
    """The registered implementation that best matches *cls*, or None."""
    best = None
    own = cls.__mro__
    for t in _dispatch_mro(cls, registry.keys()):
        if best is None:
            if t in registry:
                best = t
            continue
        if (t in registry and t not in own and best not in own
                and not issubclass(best, t)):
            raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, t))
        break
    return registry.get(best)


def _is_union_type(cls):
    from typing import Union, get_origin
    from types import UnionType
    return get_origin(cls) in (Union, UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return not isinstance(cls, GenericAlias)
    if not _is_union_type(cls):
        return False
    from typing import get_args
    return all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import weakref
    impls = {object: func}
    memo = weakref.WeakKeyDictionary()
    token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        nonlocal token
        if token is not None:
            now = get_cache_token()
            if now != token:
                memo.clear()
                token = now
        try:
            return memo[cls]
        except KeyError:
            pass
        impl = impls.get(cls)
        if impl is None:
            impl = _find_impl(cls, impls)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        nonlocal token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            if not getattr(cls, '__annotations__', {}):
                raise TypeError('Invalid first argument to `register()`: %r. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.' % (cls,))
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. %r not all arguments '
                                    'are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        if _is_union_type(cls):
            from typing import get_args
            for member in get_args(cls):
                impls[member] = func
        else:
            impls[cls] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        memo.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % label)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(impls)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        owner = self

        def _method(*args, **kwargs):
            impl = owner.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property -------------------------------------------------------------------------

class cached_property:
    """Descriptor computing an attribute once per instance and storing the result in
    the instance __dict__, where later lookups find it directly."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (kind, name)) from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support "
                                "item assignment for caching %r property."
                                % (kind, name)) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)

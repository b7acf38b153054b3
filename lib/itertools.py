"""itertools: functions creating iterators for efficient looping; mirrors CPython's Modules/itertoolsmodule.c in Python."""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


class _GenIterator:
    """Base of the iterators whose items come from a private generator."""

    __slots__ = ('_gen', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _new(cls, gen):
    self = object.__new__(cls)
    self._gen = gen
    return self


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__') or
            hasattr(t, '__int__') or hasattr(t, '__complex__'))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_cnt', '_step', '__weakref__')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, step)


class cycle(_GenIterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ()

    def __new__(cls, iterable, /):
        return _new(cls, _cycle(iter(iterable)))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified number of times."""

    __slots__ = ('_element', '_cnt', '__weakref__')

    def __init__(self, object, times=None):
        self._element = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._cnt = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt is None:
            return self._element
        if self._cnt > 0:
            self._cnt -= 1
            return self._element
        raise StopIteration

    def __length_hint__(self):
        if self._cnt is None:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt is None:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt is None:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


class accumulate(_GenIterator):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        return _new(cls, _accumulate(iter(iterable), func, initial))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain(_GenIterator):
    """Return a chain object whose .__next__() method returns elements from the first iterable until it is exhausted, then elements from the next iterable, until all of the iterables are exhausted."""

    __slots__ = ()

    def __new__(cls, *iterables):
        return _new(cls, _chain(iter(iterables)))

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        return _new(cls, _chain(iter(iterable)))

    __class_getitem__ = classmethod(type(list[int]))


def _chain(sources):
    for iterable in sources:
        yield from iterable


class compress(_GenIterator):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ()

    def __new__(cls, data, selectors):
        return _new(cls, _compress(iter(data), iter(selectors)))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class dropwhile(_GenIterator):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _new(cls, _dropwhile(predicate, iter(iterable)))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class takewhile(_GenIterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _new(cls, _takewhile(predicate, iter(iterable)))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_GenIterator):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ()

    def __new__(cls, function, iterable, /):
        return _new(cls, _filterfalse(function, iter(iterable)))


def _filterfalse(function, it):
    if function is None:
        function = bool
    for x in it:
        if not function(x):
            yield x


class starmap(_GenIterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ()

    def __new__(cls, function, iterable, /):
        return _new(cls, _starmap(function, iter(iterable)))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper',
                 '__weakref__')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                self._step()
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return self._currkey, grouper


class _grouper:
    __slots__ = ('_parent', '_tgtkey', '__weakref__')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _marker:
            parent._step()
        if not (self._tgtkey is parent._currkey or self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        parent._currkey = _marker
        # The parent re-reads the next item when it sees no current value.
        return value


_marker = object()


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        if isinstance(value, int):
            n = value
        else:
            n = type(value).__index__(value)
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if n < 0 or n > sys.maxsize:
        raise ValueError(message)
    return n


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MESSAGE = 'Step for islice() must be a positive integer or None.'


class islice:
    """Return an iterator whose next() method returns selected values from an iterable."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt', '__weakref__')

    def __init__(self, iterable, *args):
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        start = 0
        step = 1
        if len(args) == 1:
            stop = _islice_arg(args[0], _STOP_MESSAGE)
        else:
            stop = _islice_arg(args[1], _STOP_MESSAGE)
            start = _islice_arg(args[0], _INDEX_MESSAGE)
            if start is None:
                start = 0
            if len(args) == 3 and args[2] is not None:
                try:
                    step = _islice_arg(args[2], _STEP_MESSAGE)
                except ValueError:
                    raise ValueError(_STEP_MESSAGE) from None
                if step < 1:
                    raise ValueError(_STEP_MESSAGE)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class _tee:
    """Iterator wrapped to make it copyable."""

    # Copies share the source iterator and a singly linked list of cells
    # [value, next_cell]; each copy points at the last cell it consumed.
    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable):
        self._source = iter(iterable)
        self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        following = link[1]
        if following is None:
            value = next(self._source)
            following = link[1]
            if following is None:
                following = [value, None]
                link[1] = following
        self._link = following
        return following[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    if copier is None:
        first = _tee(it)
    else:
        first = copier()
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GenIterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th element comes from the i-th iterable argument."""

    __slots__ = ()

    def __new__(cls, *args, fillvalue=None):
        return _new(cls, _zip_longest([iter(a) for a in args], fillvalue))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class pairwise(_GenIterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ()

    def __new__(cls, iterable, /):
        return _new(cls, _pairwise(iter(iterable)))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class product(_GenIterator):
    """Cartesian product of input iterables."""

    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        return _new(cls, _product(pools))


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenIterator):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        return _new(cls, _permutations(pool, r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_GenIterator):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ()

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        return _new(cls, _combinations(pool, _check_r(r)))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    __slots__ = ()

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        return _new(cls, _combinations_with_replacement(pool, _check_r(r)))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

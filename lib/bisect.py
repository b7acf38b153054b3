"""Bisection algorithms."""

# The four functions behave like the C accelerator _bisect: the same
# argument parsing messages, lo/hi conversions and comparison order.

_NAMES = ('a', 'x', 'lo', 'hi', 'key')
_ABSENT = object()
_SSIZE_MAX = (1 << 63) - 1


def _parse(fname, args, kwargs):
    given = len(args) + len(kwargs)
    if given > 5:
        raise TypeError(f"{fname}() takes at most 5 arguments ({given} given)")
    if len(args) > 4:
        raise TypeError(f"{fname}() takes at most 4 positional arguments "
                        f"({len(args)} given)")
    values = list(args)
    matched = 0
    for slot in range(len(args), 5):
        name = _NAMES[slot]
        if name in kwargs:
            values.append(kwargs[name])
            matched += 1
        elif slot < 2:
            raise TypeError(f"{fname}() missing required argument "
                            f"'{name}' (pos {slot + 1})")
        else:
            values.append(_ABSENT)
    if matched != len(kwargs):
        for name in kwargs:
            if name in _NAMES[:len(args)]:
                raise TypeError(f"argument for {fname}() given by name "
                                f"('{name}') and position "
                                f"({_NAMES.index(name) + 1})")
            if name not in _NAMES:
                raise TypeError(f"'{name}' is an invalid keyword argument "
                                f"for {fname}()")
    seq, item, lo, hi, key = values
    if lo is _ABSENT:
        lo = 0
    else:
        lo = _index(lo)
        if not -_SSIZE_MAX - 1 <= lo <= _SSIZE_MAX:
            raise OverflowError("Python int too large to convert to C ssize_t")
    if hi is _ABSENT or hi is None:
        hi = -1
    else:
        if not hasattr(type(hi), '__index__'):
            raise TypeError("argument should be integer or None, "
                            f"not '{type(hi).__name__}'")
        hi = _index(hi)
        if not -_SSIZE_MAX - 1 <= hi <= _SSIZE_MAX:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if key is _ABSENT:
        key = None
    return seq, item, lo, hi, key


def _index(value):
    from operator import index
    return index(value)


def _search(seq, item, lo, hi, key, right):
    """Binary search shared by both sides.

    Going right, the probe asks `item < seq[mid]`; going left it asks
    `seq[mid] < item` - the same operand order as CPython."""
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi == -1:
        hi = len(seq)
    if lo < hi and isinstance(seq, dict) and \
            type(seq).__getitem__ is dict.__getitem__:
        raise TypeError(f"{type(seq).__name__} is not a sequence")
    if key is None:
        if right:
            while lo < hi:
                mid = (lo + hi) // 2
                if item < seq[mid]:
                    hi = mid
                else:
                    lo = mid + 1
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                if seq[mid] < item:
                    lo = mid + 1
                else:
                    hi = mid
    elif right:
        while lo < hi:
            mid = (lo + hi) // 2
            if item < key(seq[mid]):
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(seq[mid]) < item:
                lo = mid + 1
            else:
                hi = mid
    return lo


def _insert(seq, item, lo, hi, key, right):
    target = item if key is None else key(item)
    spot = _search(seq, target, lo, hi, key, right)
    if type(seq) is list:
        list.insert(seq, spot, item)
    else:
        seq.insert(spot, item)


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    if len(args) == 2 and not kwargs:
        return _search(args[0], args[1], 0, -1, None, True)
    return _search(*_parse("bisect_right", args, kwargs), True)


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    if len(args) == 2 and not kwargs:
        return _search(args[0], args[1], 0, -1, None, False)
    return _search(*_parse("bisect_left", args, kwargs), False)


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    if len(args) == 2 and not kwargs:
        _insert(args[0], args[1], 0, -1, None, True)
    else:
        _insert(*_parse("insort_right", args, kwargs), True)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    if len(args) == 2 and not kwargs:
        _insert(args[0], args[1], 0, -1, None, False)
    else:
        _insert(*_parse("insort_left", args, kwargs), False)


def _flush_docs(*funcs):
    # The accelerator's docstrings carry no indentation.
    for func in funcs:
        func.__doc__ = "\n".join(
            line.strip() for line in func.__doc__.strip().split("\n"))


_flush_docs(bisect_right, bisect_left, insort_right, insort_left)
del _flush_docs

bisect = bisect_right
insort = insort_right

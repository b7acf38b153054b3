"""Heap queue algorithm (a.k.a. priority queue).

A heap is a plain list kept so that a[k] <= a[2*k+1] and a[k] <= a[2*k+2]
for every k with existing children; a[0] is then the smallest item.

heappush and heappop add and remove items in O(log n); heapify turns a
list into a heap in linear time; heapreplace and heappushpop combine a pop
and a push.  merge, nsmallest and nlargest are built on top of them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

# The primitives mirror the C accelerator _heapq: positional-only list
# arguments, its argument-count messages, and a RuntimeError when a
# comparison changes the heap's length.


def _unpack(fname, args, kwargs, count):
    """Raise the accelerator's error for a bad call."""
    if kwargs:
        raise TypeError(f"_heapq.{fname}() takes no keyword arguments")
    if len(args) != count:
        if count == 1:
            raise TypeError(f"_heapq.{fname}() takes exactly one argument "
                            f"({len(args)} given)")
        raise TypeError(f"{fname} expected {count} arguments, got {len(args)}")
    heap = args[0]
    if not isinstance(heap, list):
        which = "argument 1" if count == 2 else "argument"
        raise TypeError(f"{fname}() {which} must be list, "
                        f"not {type(heap).__name__}")
    return args


def _resized():
    # A comparison ran code that changed the heap's length.
    return RuntimeError("list changed size during iteration")


def _bubble_up(heap, lowest, pos, maxheap):
    """Move heap[pos] towards the root, not above index `lowest`."""
    size = len(heap)
    item = heap[pos]
    while pos > lowest:
        up = (pos - 1) >> 1
        above = heap[up]
        higher = above < item if maxheap else item < above
        if len(heap) != size:
            raise _resized()
        if not higher:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos, maxheap):
    """Fill the hole at pos: walk the better child down to a leaf, then
    let the original item bubble back up from there."""
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size:
            if maxheap:
                keep_left = heap[right] < heap[child]
            else:
                keep_left = heap[child] < heap[right]
            if len(heap) != size:
                raise _resized()
            if not keep_left:
                child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, maxheap)


def _highest_bit(n):
    return 1 << (n.bit_length() - 1) if n else 0


def _build(heap, maxheap):
    size = len(heap)
    half = size // 2
    if size <= 2500:
        for pos in range(half - 1, -1, -1):
            _sink(heap, pos, maxheap)
        return
    # Nodes are visited right to left within two bands of rows; after a
    # left child is done its parent follows at once, so every subtree is
    # finished while it is still in cache.  This matches the accelerator's
    # order of comparisons exactly.
    quarter = half >> 1
    row_start = _highest_bit(half + 1) - 1

    def climb(pos):
        while True:
            _sink(heap, pos, maxheap)
            if not pos & 1:
                return
            pos >>= 1

    for pos in range(row_start - 1, quarter - 1, -1):
        climb(pos)
    for pos in range(half - 1, row_start - 1, -1):
        climb(pos)


def _take_top(heap, maxheap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    first = heap[0]
    heap[0] = last
    _sink(heap, 0, maxheap)
    return first


def _swap_top(heap, item, maxheap):
    if not heap:
        raise IndexError("index out of range")
    first = heap[0]
    heap[0] = item
    _sink(heap, 0, maxheap)
    return first


def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    if kwargs or len(args) != 2 or not isinstance(args[0], list):
        _unpack("heappush", args, kwargs, 2)
    heap, item = args
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, False)


def heappop(*args, **kwargs):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if kwargs or len(args) != 1 or not isinstance(args[0], list):
        _unpack("heappop", args, kwargs, 1)
    heap, = args
    return _take_top(heap, False)


def heapreplace(*args, **kwargs):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    if kwargs or len(args) != 2 or not isinstance(args[0], list):
        _unpack("heapreplace", args, kwargs, 2)
    heap, item = args
    return _swap_top(heap, item, False)


def heappushpop(*args, **kwargs):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    if kwargs or len(args) != 2 or not isinstance(args[0], list):
        _unpack("heappushpop", args, kwargs, 2)
    heap, item = args
    if not heap:
        return item
    if not heap[0] < item:
        return item
    if not heap:
        raise IndexError("index out of range")
    return _swap_top(heap, item, False)


def heapify(*args, **kwargs):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    if kwargs or len(args) != 1 or not isinstance(args[0], list):
        _unpack("heapify", args, kwargs, 1)
    heap, = args
    _build(heap, False)


def _heappop_max(*args, **kwargs):
    """Maxheap variant of heappop."""
    if kwargs or len(args) != 1 or not isinstance(args[0], list):
        _unpack("_heappop_max", args, kwargs, 1)
    heap, = args
    return _take_top(heap, True)


def _heapreplace_max(*args, **kwargs):
    """Maxheap variant of heapreplace."""
    if kwargs or len(args) != 2 or not isinstance(args[0], list):
        _unpack("_heapreplace_max", args, kwargs, 2)
    heap, item = args
    return _swap_top(heap, item, True)


def _heapify_max(*args, **kwargs):
    """Maxheap variant of heapify."""
    if kwargs or len(args) != 1 or not isinstance(args[0], list):
        _unpack("_heapify_max", args, kwargs, 1)
    heap, = args
    _build(heap, True)


def _siftdown(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, False)


def _siftup(heap, pos):
    _sink(heap, pos, False)


def _siftdown_max(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, True)


def _siftup_max(heap, pos):
    _sink(heap, pos, True)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    Equal items come out in the order of the inputs they came from.  key
    orders by key(item); reverse=True expects inputs sorted largest first.
    """
    # Each live input is an entry [sort value, tie-breaker, (element,) next];
    # the tie-breaker keeps equal values in input order and means entries
    # never compare their bound methods.
    step = -1 if reverse else 1
    order = _heapify_max if reverse else heapify
    replace = _heapreplace_max if reverse else heapreplace
    pop = _heappop_max if reverse else heappop
    entries = []
    for index, source in enumerate(map(iter, iterables)):
        advance = source.__next__
        try:
            first = advance()
        except StopIteration:
            continue
        if key is None:
            entries.append([first, index * step, advance])
        else:
            entries.append([key(first), index * step, first, advance])
    order(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                advance = entry[-1]
                if key is None:
                    yield entry[0]
                    entry[0] = advance()
                else:
                    yield entry[2]
                    following = advance()
                    entry[0] = key(following)
                    entry[2] = following
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[0] if key is None else entry[2]
        yield from entry[-1].__self__


def _pick(n, iterable, key, largest):
    """Shared body of nsmallest and nlargest."""
    if n == 1:
        missing = object()
        chooser = max if largest else min
        if key is None:
            found = chooser(iter(iterable), default=missing)
        else:
            found = chooser(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]

    try:
        total = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= total:
            return sorted(iterable, key=key, reverse=largest)[:n]

    # Keep the n best seen so far in a heap whose root is the worst of
    # them; a serial number in each record keeps the sort stable and stops
    # comparisons from reaching the elements when keys tie.
    source = iter(iterable)
    step = -1 if largest else 1
    if key is None:
        kept = [(elem, serial) for serial, elem in zip(range(0, step * n, step), source)]
    else:
        kept = [(key(elem), serial, elem)
                for serial, elem in zip(range(0, step * n, step), source)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        swap = heapreplace
    else:
        _heapify_max(kept)
        swap = _heapreplace_max
    worst = kept[0][0]
    serial = step * n
    for elem in source:
        rank = elem if key is None else key(elem)
        if (worst < rank) if largest else (rank < worst):
            if key is None:
                swap(kept, (elem, serial))
            else:
                swap(kept, (rank, serial, elem))
            worst = kept[0][0]
        serial += step
    kept.sort(reverse=largest)
    return [record[-1] if key is not None else record[0] for record in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _pick(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _pick(n, iterable, key, True)

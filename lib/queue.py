"""Synchronised queues for passing items between threads: FIFO, LIFO, priority and simple."""

import threading
import heapq as _heapq
from collections import deque as _deque
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


try:
    from _queue import Empty
except ImportError:
    class Empty(Exception):
        """Raised by a non-blocking or timed-out get() on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a full queue."""


def _check_timeout(timeout):
    if timeout is None:
        return
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    """With cond held: block (as block/timeout say) until ready() is true, else raise failure."""
    if not block:
        if not ready():
            raise failure
        return
    _check_timeout(timeout)
    if timeout is None:
        while not ready():
            cond.wait()
        return
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    """A first-in first-out queue holding at most maxsize items (unbounded if maxsize <= 0).

    Subclasses change the ordering by overriding _init, _qsize, _put and _get, which
    are always called with the queue's mutex held.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the storage; the three conditions all share it.
        guard = threading.Lock()
        self.mutex = guard
        self.not_empty = threading.Condition(guard)
        self.not_full = threading.Condition(guard)
        self.all_tasks_done = threading.Condition(guard)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_GenericAlias)

    def _bounded_and_full(self):
        limit = self.maxsize
        return limit > 0 and self._qsize() >= limit

    def task_done(self):
        """Tell the queue that one item fetched with get() has been fully processed."""
        finished = self.all_tasks_done
        with finished:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                finished.notify_all()

    def join(self):
        """Block until every item put() has been matched by a task_done() call."""
        finished = self.all_tasks_done
        with finished:
            finished.wait_for(lambda: self.unfinished_tasks == 0)

    def qsize(self):
        """The approximate number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue holds no item right now (a hint only)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is at its maximum size right now (a hint only)."""
        with self.mutex:
            return self._bounded_and_full()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot if block is true (up to timeout seconds).

        Raises Full when no slot became available.
        """
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, lambda: not self._bounded_and_full(),
                            block, timeout, Full)
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if block is true (up to timeout).

        Raises Empty when no item became available.
        """
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item) without waiting: Full if there is no free slot."""
        self.put(item, False)

    def get_nowait(self):
        """get() without waiting: Empty if there is no item."""
        return self.get(False)

    # Storage hooks, FIFO order.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self):
        self._items = _deque()
        self._lock = threading.Lock()
        self._available = threading.Semaphore(0)

    __class_getitem__ = classmethod(_GenericAlias)

    def put(self, item, block=True, timeout=None):
        """Add item; block and timeout are accepted for Queue compatibility and ignored."""
        with self._lock:
            self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one if block is true (up to timeout)."""
        if block:
            _check_timeout(timeout)
            got = self._available.acquire(True, timeout)
        else:
            got = self._available.acquire(False)
        if not got:
            raise Empty
        with self._lock:
            return self._items.popleft()

    def put_nowait(self, item):
        """Same as put(item)."""
        self.put(item, False)

    def get_nowait(self):
        """get() without waiting: Empty if there is no item."""
        return self.get(False)

    def empty(self):
        """True if the queue holds no item right now (a hint only)."""
        return not self._items

    def qsize(self):
        """The approximate number of items in the queue."""
        return len(self._items)


try:
    from _queue import SimpleQueue
except ImportError:
    # No native SimpleQueue: the Python one takes its name.
    _PySimpleQueue.__name__ = _PySimpleQueue.__qualname__ = 'SimpleQueue'
    SimpleQueue = _PySimpleQueue

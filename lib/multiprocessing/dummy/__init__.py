"""multiprocessing's interface backed by threads.

Written for Krait from the multiprocessing documentation: "processes" are
threads, queues are queue.Queue and the synchronisation primitives are
threading's own.
"""

__all__ = [
    'Process',
    'current_process',
    'active_children',
    'freeze_support',
    'Lock',
    'RLock',
    'Semaphore',
    'BoundedSemaphore',
    'Condition',
    'Event',
    'Barrier',
    'Queue',
    'Manager',
    'Pipe',
    'Pool',
    'JoinableQueue',
]

import queue
import sys
import threading
from weakref import WeakKeyDictionary

from multiprocessing.dummy.connection import Pipe

# Synchronisation is threading's own; queues are queue.Queue.
Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Condition = threading.Condition
Event = threading.Event
Barrier = threading.Barrier
Queue = queue.Queue
JoinableQueue = queue.Queue

current_process = threading.current_thread


class DummyProcess(threading.Thread):
    """A thread that also answers to the multiprocessing.Process API."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._children = WeakKeyDictionary()
        self._launched = False
        # Only the thread that made this "process" may start it.
        self._parent = current_process()

    def start(self):
        starter = current_process()
        if self._parent is not starter:
            template = "Parent is {0!r} but current_process is {1!r}"
            raise RuntimeError(template.format(self._parent, starter))
        self._launched = True
        siblings = getattr(self._parent, '_children', None)
        if siblings is not None:
            siblings[self] = None
        super().start()

    @property
    def exitcode(self):
        """0 once the thread has been started and has ended, else None."""
        if not self._launched or self.is_alive():
            return None
        return 0


Process = DummyProcess

# The thread importing this module plays the parent "process".
current_process()._children = WeakKeyDictionary()


def active_children():
    """The started children of the current thread that are still running."""
    children = getattr(current_process(), '_children', None)
    if children is None:
        return []
    for child in list(children):
        if not child.is_alive():
            children.pop(child, None)
    return list(children)


def freeze_support():
    pass


class Namespace(object):
    """A plain attribute holder, shown as Namespace(name=value, ...)."""

    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % pair for pair in self.__dict__.items()
                       if not pair[0].startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """A plain array.array: threads share memory already."""
    from array import array
    return array(typecode, sequence)


class Value(object):
    """A boxed value with the multiprocessing.Value interface."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode,
                                 self._value)


def Manager():
    """This module itself stands in for a manager."""
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    """A multiprocessing.pool.ThreadPool."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes=processes, initializer=initializer,
                      initargs=initargs)

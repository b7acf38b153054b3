"""Worker pools with the multiprocessing.Pool interface.

Written for Krait from the multiprocessing documentation. The machinery is
shared by both kinds of pool:

* API calls put a *batch* (an iterable of tasks and an optional callback
  told the batch's length) on ``_batches``;
* the task-handler thread iterates each batch (so imap() consumes its input
  lazily, outside the caller) and puts single tasks
  ``(job, index, func, args, kwds)`` on the in-queue;
* workers run tasks and put ``(job, index, (ok, value))`` on the out-queue;
* the result-handler thread hands each reply to the job's result object in
  ``_cache``, which runs the user's callbacks in that thread.

ThreadPool supplies threads and in-process queues; the process-backed Pool
needs a context with Process and SimpleQueue, which Krait does not have yet.
"""

__all__ = ['Pool', 'ThreadPool']

import itertools
import os
import queue
import threading
import time
import types
import warnings

from . import TimeoutError, get_context

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func, arglists = args
    return [func(*tuple(arglist)) for arglist in arglists]


def _raise(exc):
    # Task standing for a failure while iterating the caller's input.
    raise exc


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False, *, notify_exit=None):
    """Body of a pool worker: run tasks until a None arrives.

    A thread worker reports its end through notify_exit(thread), however it
    ends, so that the pool can replace it.
    """
    try:
        if initializer is not None:
            initializer(*initargs)
        completed = 0
        while maxtasks is None or completed < maxtasks:
            task = inqueue.get()
            if task is None:
                return
            job, index, func, args, kwds = task
            try:
                reply = (True, func(*args, **kwds))
            except Exception as exc:
                reply = (False, exc)
            outqueue.put((job, index, reply))
            del task, func, args, kwds, reply
            completed += 1
    finally:
        if notify_exit is not None:
            notify_exit(threading.current_thread())


class _Staff(object):
    """A pool's workers: starts them and replaces those that end early.

    Holds no reference to the pool itself, so that an abandoned pool can
    be collected while its threads run.
    """

    def __init__(self, make_process, ctx, size, worker_args):
        self.members = []
        self.departures = queue.SimpleQueue()
        self._make_process = make_process
        self._ctx = ctx
        self._size = size
        self._worker_args = worker_args

    def hire(self):
        member = self._make_process(
            self._ctx, target=worker, args=self._worker_args,
            kwargs={'notify_exit': self.departures.put})
        member.daemon = True
        member.start()
        self.members.append(member)

    def staff_up(self):
        while len(self.members) < self._size:
            self.hire()

    def replace(self, gone):
        gone.join()
        if gone in self.members:
            self.members.remove(gone)
        self.staff_up()


def _guarded(job, func, inputs):
    """Tasks calling func on each input; an error raised by the input
    iterator itself becomes one more (failing) task."""
    index = -1
    try:
        for index, item in enumerate(inputs):
            yield (job, index, func, (item,), {})
    except Exception as exc:
        yield (job, index + 1, _raise, (exc,), {})


def _chunks(func, inputs, size):
    it = iter(inputs)
    while True:
        piece = tuple(itertools.islice(it, size))
        if not piece:
            return
        yield (func, piece)


class Pool(object):
    """A pool of workers that run calls asynchronously."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = get_context() if context is None else context
        self._batches = queue.SimpleQueue()
        self._cache = {}
        self._halted = threading.Event()
        self._stopped = False

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (
                not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        self._setup_queues()

        self._staff = _Staff(
            self.Process, self._ctx, processes,
            (self._inqueue, self._outqueue, initializer, initargs,
             maxtasksperchild, self._wrap_exception))
        self._pool = self._staff.members
        self._staff.staff_up()

        self._staff_thread = self._start_handler(
            self._handle_workers, (self._staff,))
        self._feed_thread = self._start_handler(
            self._handle_tasks,
            (self._batches, self._inqueue.put, processes, self._halted))
        self._reply_thread = self._start_handler(
            self._handle_results, (self._outqueue.get, self._cache))
        self._state = RUN

    @staticmethod
    def _start_handler(target, args):
        handler = threading.Thread(target=target, args=args)
        handler.daemon = True
        handler.start()
        return handler

    def _setup_queues(self):
        raise NotImplementedError(
            'process-based pools are not available yet; use ThreadPool')

    def __repr__(self):
        kind = type(self)
        return '<%s.%s state=%s pool_size=%d>' % (
            kind.__module__, kind.__qualname__, self._state, len(self._pool))

    def __reduce__(self):
        message = 'pool objects cannot be passed between processes or pickled'
        raise NotImplementedError(message)

    def __del__(self):
        if getattr(self, '_state', None) != RUN:
            return
        warnings.warn("unclosed running multiprocessing pool %r" % (self,),
                      category=ResourceWarning, source=self)
        self._stop_threads(wait=False)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc_info):
        self.terminate()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # -- handler threads ----------------------------------------------------

    @staticmethod
    def _handle_workers(staff):
        # Until the pool stops running, a worker that ended (a task raised
        # SystemExit, say) is replaced.
        while True:
            gone = staff.departures.get()
            if gone is None:
                return
            staff.replace(gone)

    @staticmethod
    def _handle_tasks(batches, put_task, workers, halted):
        while True:
            batch = batches.get()
            if batch is None or halted.is_set():
                break
            tasks, tell_length = batch
            sent = 0
            for task in tasks:
                if halted.is_set():
                    break
                put_task(task)
                sent += 1
            else:
                if tell_length is not None:
                    tell_length(sent)
                continue
            break
        if not halted.is_set():
            # Closed: every worker gets its stop signal behind the last task.
            for _ in range(workers):
                put_task(None)

    @staticmethod
    def _handle_results(get_reply, cache):
        while True:
            reply = get_reply()
            if reply is None:
                return
            job, index, outcome = reply
            target = cache.get(job)
            if target is not None:
                target._set(index, outcome)
            del reply, target, outcome

    # -- submitting work -----------------------------------------------------

    def _submit(self, tasks, tell_length=None):
        self._batches.put((tasks, tell_length))

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Like apply(), but return an ApplyResult at once."""
        self._check_running()
        pending = ApplyResult(self, callback, error_callback)
        self._submit([(pending._job, 0, func, args, kwds)])
        return pending

    def map(self, func, iterable, chunksize=None):
        """Return [func(x) for x in iterable], computed in chunks by workers."""
        return self._queue_map(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), calling func(*args) for each args in iterable."""
        return self._queue_map(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        """Like map(), but return a MapResult at once."""
        return self._queue_map(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Like starmap(), but return a MapResult at once."""
        return self._queue_map(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _queue_map(self, func, iterable, runner, chunksize=None,
                   callback=None, error_callback=None):
        self._check_running()
        try:
            count = len(iterable)
        except TypeError:
            iterable = list(iterable)
            count = len(iterable)
        if chunksize is None:
            chunksize, rest = divmod(count, len(self._pool) * 4)
            if rest:
                chunksize += 1
        if count == 0:
            chunksize = 0
        pending = MapResult(self, chunksize, count, callback, error_callback)
        self._submit(_guarded(pending._job, runner,
                              _chunks(func, iterable, chunksize)))
        return pending

    def _lazy_map(self, func, iterable, chunksize, result_type):
        self._check_running()
        if chunksize == 1:
            stream = result_type(self)
            self._submit(_guarded(stream._job, func, iterable), stream._expect)
            return stream
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        stream = result_type(self)
        self._submit(_guarded(stream._job, mapstar,
                              _chunks(func, iterable, chunksize)),
                     stream._expect)
        return (value for batch in stream for value in batch)

    def imap(self, func, iterable, chunksize=1):
        """Lazy map(): an iterator over the results, in input order."""
        return self._lazy_map(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), yielding results in the order they complete."""
        return self._lazy_map(func, iterable, chunksize, IMapUnorderedIterator)

    # -- ending --------------------------------------------------------------

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._staff.departures.put(None)
            self._batches.put(None)

    def terminate(self):
        self._state = TERMINATE
        self._stop_threads(wait=True)

    def _stop_threads(self, wait):
        """Stop handing out work: queued tasks are dropped, results not yet
        delivered are lost, and running tasks are left to finish."""
        if self._stopped:
            return
        self._stopped = True
        self._halted.set()
        self._staff.departures.put(None)
        self._batches.put(None)
        self._outqueue.put(None)
        if wait:
            self._staff_thread.join()
            self._feed_thread.join()
        while True:
            try:
                self._inqueue.get_nowait()
            except queue.Empty:
                break
        for _ in self._pool:
            self._inqueue.put(None)
        if wait:
            for member in self._pool:
                member.join()
            self._reply_thread.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        if self._stopped:
            return
        self._staff_thread.join()
        self._feed_thread.join()
        for member in self._pool:
            member.join()
        # Every reply is queued by now: the result handler drains them and
        # stops at this marker.
        self._stopped = True
        self._outqueue.put(None)
        self._reply_thread.join()


def _track(result, pool):
    """Register a result object in its pool's cache under a fresh job id."""
    result._pool = pool
    result._cache = pool._cache
    result._job = next(job_counter)
    result._cache[result._job] = result


def _untrack(result):
    result._cache.pop(result._job, None)
    result._pool = None


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._done = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        _track(self, pool)

    def ready(self):
        return self._done.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _finish(self):
        # The user's callback runs before waiters wake, in the result
        # handler's thread.
        hook = self._callback if self._success else self._error_callback
        if hook:
            hook(self._value)
        self._done.set()
        _untrack(self)

    def _set(self, index, outcome):
        self._success, self._value = outcome
        self._finish()

    __class_getitem__ = classmethod(types.GenericAlias)


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._per_chunk = chunksize
        if chunksize > 0:
            self._number_left = -(-length // chunksize)
        else:
            # Nothing will be sent; the result is ready, with no callback.
            self._number_left = 0
            self._done.set()
            _untrack(self)

    def _set(self, index, outcome):
        self._number_left -= 1
        ok, value = outcome
        if self._success:
            if ok:
                start = index * self._per_chunk
                self._value[start:start + self._per_chunk] = value
            else:
                # Only the first failure is kept.
                self._success = False
                self._value = value
        if not self._number_left:
            # Ready only once every chunk has come back.
            self._finish()


_NOTHING = object()


class IMapIterator(object):

    def __init__(self, pool):
        self._cond = threading.Condition()
        self._arrived = {}
        self._received = 0
        self._delivered = 0
        self._length = None
        _track(self, pool)

    def __iter__(self):
        return self

    def _take(self):
        # Ordered: only the next index may be handed out.
        return self._arrived.pop(self._delivered, _NOTHING)

    def _store(self, index, outcome):
        self._arrived[index] = outcome

    def next(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                outcome = self._take()
                if outcome is not _NOTHING:
                    self._delivered += 1
                    break
                if self._delivered == self._length:
                    self._pool = None
                    raise StopIteration
                if deadline is None:
                    self._cond.wait()
                else:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise TimeoutError
                    self._cond.wait(remaining)
        ok, value = outcome
        if ok:
            return value
        raise value

    __next__ = next

    def _check_complete(self):
        if self._received == self._length:
            _untrack(self)

    def _set(self, index, outcome):
        with self._cond:
            self._store(index, outcome)
            self._received += 1
            self._cond.notify()
            self._check_complete()

    def _expect(self, length):
        """Told by the task handler how many items the input produced."""
        with self._cond:
            self._length = length
            self._cond.notify()
            self._check_complete()


class IMapUnorderedIterator(IMapIterator):

    def _take(self):
        for first in self._arrived:
            return self._arrived.pop(first)
        return _NOTHING

    def _store(self, index, outcome):
        self._arrived[self._received] = outcome


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from multiprocessing.dummy import DummyProcess
        return DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)

    def _setup_queues(self):
        # Tasks and replies never leave the process: plain queues do.
        self._inqueue, self._outqueue = queue.SimpleQueue(), queue.SimpleQueue()

"""ThreadPoolExecutor: runs submitted calls on a bounded set of threads.

Written for Krait from the concurrent.futures documentation. Workers are
ordinary (non-daemon) threads sharing one job queue. An idle worker is reused
before a new one is started. Workers leave when the executor is shut down,
garbage collected, or when the interpreter exits: threading's shutdown hook
(or, where threading has none, a daemon thread joining the main thread)
wakes every worker so the pending jobs drain and the interpreter's final
join of non-daemon threads completes.
"""

import itertools
import os
import queue
import threading
import weakref

from . import _base

# Set once the interpreter started exiting; no new work is accepted after that.
_exiting = False
# Job queues with live workers, woken when the interpreter exits.
_live_queues = weakref.WeakSet()
_registry_lock = threading.Lock()
_exit_watcher = None


def _wake_all_for_exit():
    global _exiting
    with _registry_lock:
        _exiting = True
        queues = list(_live_queues)
    for jobs in queues:
        jobs.put(None)


_at_shutdown = getattr(threading, '_register_atexit', None)
if _at_shutdown is not None:
    _at_shutdown(_wake_all_for_exit)


def _watch_for_exit():
    threading.main_thread().join()
    _wake_all_for_exit()


def _ensure_exit_watcher():
    # Caller holds _registry_lock. Only needed without threading's hook.
    global _exit_watcher
    if (_at_shutdown is None and _exit_watcher is None
            and threading.current_thread() is threading.main_thread()):
        _exit_watcher = threading.Thread(
            target=_watch_for_exit, name='ThreadPoolExecutor-exit-watcher',
            daemon=True)
        _exit_watcher.start()


def _serve(owner_ref, jobs, initializer, initargs):
    """Body of a worker thread: run jobs from `jobs` until told to stop.

    A None in the queue is a wake-up: the worker stops when its executor is
    gone or shut down, or the interpreter is exiting, and passes the None on
    so the next worker sees it too.
    """
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report('Exception in initializer:', True)
            owner = owner_ref()
            if owner is not None:
                owner._break()
            return
    while True:
        job = jobs.get()
        if job is None:
            owner = owner_ref()
            if _exiting or owner is None or owner._shutdown:
                if owner is not None:
                    owner._shutdown = True
                jobs.put(None)
                return
            del owner
            continue
        future = job[0]
        if future.set_running_or_notify_cancel():
            outcome = _execute(*job[1:])
            # Counted idle before the future completes, so a caller that
            # submits again right after result() reuses this thread.
            _mark_idle(owner_ref)
            if outcome[0]:
                future.set_result(outcome[1])
            else:
                future.set_exception(outcome[1])
            del outcome
        else:
            _mark_idle(owner_ref)
        del job, future


def _execute(fn, args, kwargs):
    """Call fn; return (True, value) or (False, the exception it raised)."""
    try:
        return True, fn(*args, **kwargs)
    except BaseException as caught:
        return False, caught


def _mark_idle(owner_ref):
    owner = owner_ref()
    if owner is not None:
        with owner._lock:
            owner._idle_workers += 1


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer raised: the executor can run nothing more."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the default thread name prefixes: ThreadPoolExecutor-0, -1...
    _counter = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """Create an executor running at most `max_workers` threads.

        max_workers defaults to min(32, os.cpu_count() + 4). Threads are
        named thread_name_prefix + '_N'. initializer(*initargs) runs at the
        start of each worker; if it raises, the pool becomes broken.
        """
        if max_workers is None:
            max_workers = min(32, 4 + (os.cpu_count() or 1))
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._threads = set()
        self._idle_workers = 0
        self._broken = False
        self._shutdown = False
        self._lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % next(self._counter)
        self._thread_name_prefix = thread_name_prefix
        self._init = (initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        """Queue fn(*args, **kwargs) for a worker thread; return its Future."""
        with self._lock, _registry_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown or _exiting:
                moment = 'interpreter shutdown' if _exiting else 'shutdown'
                raise RuntimeError('cannot schedule new futures after ' + moment)
            future = _base.Future()
            self._work_queue.put((future, fn, args, kwargs))
            if self._idle_workers:
                self._idle_workers -= 1
            elif len(self._threads) < self._max_workers:
                self._start_worker()
            return future

    def _start_worker(self):
        # Caller holds both locks. The weak reference's callback wakes the
        # workers when the executor is collected without a shutdown().
        jobs = self._work_queue
        owner_ref = weakref.ref(self, lambda _, jobs=jobs: jobs.put(None))
        worker = threading.Thread(
            name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
            target=_serve, args=(owner_ref, jobs) + self._init)
        worker.start()
        self._threads.add(worker)
        _live_queues.add(jobs)
        _ensure_exit_watcher()

    def _break(self):
        """A worker's initializer failed: fail the queued jobs, refuse more."""
        reason = 'A thread initializer failed, the thread pool is not usable anymore'
        with self._lock:
            self._broken = reason
            for job in self._drain():
                job[0].set_exception(BrokenThreadPool(reason))

    def _drain(self):
        """Remove and return the jobs still queued (wake-ups are dropped)."""
        taken = []
        while True:
            try:
                job = self._work_queue.get_nowait()
            except queue.Empty:
                return taken
            if job is not None:
                taken.append(job)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; cancel_futures drops the jobs not started.

        With wait, returns once every worker thread has ended.
        """
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for job in self._drain():
                    job[0].cancel()
            # Wake-up for the workers; each passes it on before leaving.
            self._work_queue.put(None)
        if wait:
            for worker in list(self._threads):
                worker.join()

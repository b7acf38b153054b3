"""Future objects, the Executor interface and the wait()/as_completed() helpers.

Written for Krait from the concurrent.futures documentation; the state names,
messages and reprs follow CPython 3.11.
"""

import collections
import sys
import threading
import time
import types

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's life: PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED,
# which becomes CANCELLED_AND_NOTIFIED once its executor has seen it (only
# then do wait() and as_completed() count it as done).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_SETTLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_COUNTED_AS_DONE = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor stopped working after a severe failure."""


def _report(message, with_traceback):
    """Log `message` the way the 'concurrent.futures' logger would.

    Uses logging when the module is available; otherwise writes the same text
    that logging's last-resort handler prints to stderr.
    """
    try:
        import logging
    except ImportError:
        logging = None
    if logging is not None:
        logger = logging.getLogger('concurrent.futures')
        if with_traceback:
            logger.exception(message)
        else:
            logger.critical(message)
        return
    stream = sys.stderr
    if stream is None:
        return
    text = message + '\n'
    if with_traceback:
        import traceback
        text += traceback.format_exc()
    stream.write(text)


class _Watch(object):
    """Collects the futures that complete while wait() or as_completed() blocks.

    A future calls note() for every watch in its _waiters list when it
    finishes or when its cancellation is acknowledged.
    """

    def __init__(self, mode, outstanding):
        self.mode = mode
        self.outstanding = outstanding
        self.arrived = []
        self.lock = threading.Lock()
        self.event = threading.Event()

    def note(self, future, raised):
        with self.lock:
            self.arrived.append(future)
            self.outstanding -= 1
            if (self.mode in (FIRST_COMPLETED, _AS_COMPLETED)
                    or (raised and self.mode == FIRST_EXCEPTION)
                    or self.outstanding <= 0):
                self.event.set()

    def take(self):
        with self.lock:
            batch, self.arrived = self.arrived, []
            self.event.clear()
        return batch


def _attach(futures, watch):
    """Register `watch` with every future not yet done; return those done."""
    already = []
    for fut in futures:
        with fut._condition:
            if fut._state in _COUNTED_AS_DONE:
                already.append(fut)
            else:
                fut._waiters.append(watch)
    return already


def _detach(futures, watch):
    for fut in futures:
        with fut._condition:
            if watch in fut._waiters:
                fut._waiters.remove(watch)


def _failed(fut):
    return fut._state == FINISHED and fut._exception is not None


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they finish or are cancelled.

    Raises TimeoutError when `timeout` seconds pass, counted from the first
    call to next(), before every future is done.
    """
    if timeout is not None:
        deadline = time.monotonic() + timeout
    futures = set(fs)
    total = len(futures)
    watch = _Watch(_AS_COMPLETED, total)
    ready = _attach(futures, watch)
    waiting = futures.difference(ready)
    try:
        while ready:
            yield ready.pop(0)
        while waiting:
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (len(waiting), total))
            watch.event.wait(remaining)
            for fut in watch.take():
                if fut in waiting:
                    waiting.discard(fut)
                    yield fut
    finally:
        _detach(futures, watch)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done', module=__name__)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures in fs satisfy `return_when` or `timeout` passes.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. Returns
    DoneAndNotDoneFutures(done, not_done), two sets.
    """
    futures = set(fs)
    done = {fut for fut in futures if fut._state in _COUNTED_AS_DONE}
    if done:
        if return_when == FIRST_COMPLETED:
            return DoneAndNotDoneFutures(done, futures - done)
        if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
            return DoneAndNotDoneFutures(done, futures - done)
    if len(done) == len(futures):
        return DoneAndNotDoneFutures(done, set())
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)

    undone = futures - done
    watch = _Watch(return_when, len(undone))
    for fut in undone:
        with fut._condition:
            if fut._state in _COUNTED_AS_DONE:
                watch.note(fut, _failed(fut))
            else:
                fut._waiters.append(watch)
    try:
        watch.event.wait(timeout)
    finally:
        _detach(undone, watch)
    done.update(watch.take())
    return DoneAndNotDoneFutures(done, futures - done)


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = self._state
            label = _STATE_TO_DESCRIPTION_MAP[state]
            if state == FINISHED:
                if self._exception:
                    outcome = ' raised ' + type(self._exception).__name__
                else:
                    outcome = ' returned ' + type(self._result).__name__
            else:
                outcome = ''
        return '<%s at %#x state=%s%s>' % (
            type(self).__name__, id(self), label, outcome)

    # -- callbacks ---------------------------------------------------------

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _report('exception calling callback for %r' % (self,), True)

    def _invoke_callbacks(self):
        pending, self._done_callbacks = self._done_callbacks, []
        for fn in pending:
            self._call_back(fn)

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done or cancelled.

        Callbacks run in the order added, in the thread that completes the
        future, or at once in this thread when it is already done.
        """
        with self._condition:
            if self._state not in _SETTLED_STATES:
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    # -- state queries -----------------------------------------------------

    def cancel(self):
        """Cancel the future unless it is running or finished.

        Returns True when the future is (now) cancelled.
        """
        with self._condition:
            state = self._state
            if state in _CANCELLED_STATES:
                return True
            if state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the future is executing now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future finished or was cancelled."""
        with self._condition:
            return self._state in _SETTLED_STATES

    def _settle(self, timeout):
        # Caller holds the condition. One wait suffices: only completion and
        # cancellation notify it.
        if self._state not in _SETTLED_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Return the call's result, waiting up to `timeout` seconds.

        Raises CancelledError if cancelled, TimeoutError on timeout, and the
        call's own exception if it raised one.
        """
        with self._condition:
            self._settle(timeout)
            error = self._exception
            if error is None:
                return self._result
        try:
            raise error
        finally:
            # Drop the frame's references so the traceback holds no cycle.
            error = None
            self = None

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned).

        Waits and raises like result().
        """
        with self._condition:
            self._settle(timeout)
            return self._exception

    # -- used by executors and tests -----------------------------------------

    def set_running_or_notify_cancel(self):
        """Mark the future running, or acknowledge its cancellation.

        Executors call this before running the work: it returns False when
        the future was cancelled (and wakes wait()/as_completed()), True when
        the work may start. Any other state raises RuntimeError.
        """
        with self._condition:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watch in self._waiters:
                    watch.note(self, False)
                return False
        _report('Future %s in unexpected state: %s' % (id(self), state), False)
        raise RuntimeError('Future in unexpected state')

    def _complete(self, result, error, raised):
        with self._condition:
            if self._state in _SETTLED_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = error
            self._state = FINISHED
            for watch in self._waiters:
                watch.note(self, raised)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Store the call's result and complete the future."""
        self._complete(result, None, False)

    def set_exception(self, exception):
        """Store the call's exception and complete the future."""
        self._complete(None, exception, True)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made concurrently.

        Every call is submitted at once; the returned iterator yields results
        in order and raises TimeoutError if a result is not available
        `timeout` seconds after this call. chunksize only matters to process
        pools.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *call_args) for call_args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no more submissions afterwards."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    # Consumed back to front so each future is released once yielded; when
    # the iterator is abandoned or fails, what was not reached is cancelled.
    futures.reverse()
    try:
        while futures:
            fut = futures.pop()
            timeout = None if deadline is None else deadline - time.monotonic()
            try:
                value = fut.result(timeout)
            except BaseException:
                fut.cancel()
                raise
            finally:
                del fut
            yield value
    finally:
        for fut in futures:
            fut.cancel()

"""Thread objects and synchronisation primitives built on the low-level _thread module.

The registry of live threads maps an OS thread identifier to its Thread object; a thread
whose start() has been called but whose bootstrap has not yet registered it waits in a
separate "starting" table. Blocking primitives are all made from plain _thread locks.
"""

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = [
    'get_ident', 'active_count', 'Condition',
    'current_thread', 'enumerate', 'main_thread',
    'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
    'Semaphore', 'BoundedSemaphore',
    'Thread', 'Barrier', 'BrokenBarrierError',
    'Timer', 'ThreadError', 'setprofile',
    'settrace', 'local', 'stack_size', 'excepthook',
    'ExceptHookArgs', 'gettrace', 'getprofile',
    'get_native_id',
]

from _thread import (get_ident, get_native_id, stack_size, TIMEOUT_MAX,
                     error as ThreadError, _local as local)

_start_new = _thread.start_new_thread
_allocate_lock = Lock = _thread.allocate_lock
_end_of_thread_lock = _thread._set_sentinel
try:
    _CRLock = _thread.RLock
except AttributeError:
    _CRLock = None


def _warn_renamed(old, advice):
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)


# --- tracing and profiling hooks handed to every new thread ---------------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Install func as the trace function of every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Install func as the profile function of every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    """The trace function set with settrace(), or None."""
    return _trace_hook


def getprofile():
    """The profile function set with setprofile(), or None."""
    return _profile_hook


# --- reentrant lock --------------------------------------------------------------------

def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again; each acquire needs a release."""
    factory = _PyRLock if _CRLock is None else _CRLock
    return factory(*args, **kwargs)


class _RLock:
    """Pure-Python reentrant lock, used when _thread offers none."""

    def __init__(self):
        self._mutex = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        holder = self._owner
        if holder is not None:
            thread = _active.get(holder)
            if thread is not None:
                holder = thread.name
        state = 'locked' if self._mutex.locked() else 'unlocked'
        cls = type(self)
        return (f'<{state} {cls.__module__}.{cls.__qualname__} object owner={holder!r} '
                f'count={self._count} at {hex(id(self))}>')

    def _at_fork_reinit(self):
        self._mutex._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._mutex.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if get_ident() != self._owner:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._mutex.release()

    def __exit__(self, *exc):
        self.release()

    # Condition support: drop every level of ownership at once, then take it back.
    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._owner = None
        self._count = 0
        self._mutex.release()
        return saved

    def _acquire_restore(self, saved):
        self._mutex.acquire()
        self._count, self._owner = saved

    def _is_owned(self):
        return get_ident() == self._owner


_PyRLock = _RLock


# --- condition variables ---------------------------------------------------------------

class Condition:
    """A condition variable: threads wait() on it until another notify()-es them.

    Each waiter blocks on a private lock of its own that notify() releases; the
    condition's own lock (an RLock unless one is given) is dropped meanwhile.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Borrow the lock's own methods; the Condition hooks only when it has them.
        for attr in ('acquire', 'release', '_release_save', '_acquire_restore', '_is_owned'):
            if attr in ('acquire', 'release') or hasattr(lock, attr):
                setattr(self, attr, getattr(lock, attr))
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def __enter__(self):
        enter = self._lock.__enter__
        return enter()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    # Fallbacks for a lock without the Condition hooks (a plain Lock).
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(blocking=False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or timed out, take the lock back.

        Returns False when the timeout expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout runs out); return its last value."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _now() + remaining
                else:
                    remaining = deadline - _now()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        chosen = self._waiters[:n]
        for gate in chosen:
            try:
                gate.release()
            except RuntimeError:
                pass
            try:
                self._waiters.remove(gate)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(n=len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _warn_renamed('notifyAll', 'use notify_all() instead')
        self.notify_all()


# --- semaphores ------------------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and release() raises."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_allocate_lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; False when non-blocking or timed out without one."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value:
                self._value -= 1
                return True
            if not blocking:
                return False
            deadline = None if timeout is None else _now() + timeout
            while not self._value:
                if deadline is None:
                    self._cond.wait()
                else:
                    left = deadline - _now()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: '
                f'value={self._value}/{self._limit}>')

    def release(self, n=1):
        """Give back n units; more than were taken is a ValueError."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._limit:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- events ----------------------------------------------------------------------------

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(_allocate_lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: '
                f'{"set" if self._flag else "unset"}>')

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """True once set() has been called (and clear() not since)."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _warn_renamed('isSet', 'use is_set() instead')
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; return the flag."""
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


# --- barriers --------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# A barrier cycles between filling (threads arrive) and draining (they leave); it can
# also be resetting (draining before going back to filling) or broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Blocks `parties` threads in wait() until all of them have arrived, then frees them."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(_allocate_lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0

    def __repr__(self):
        cls = type(self)
        where = f'<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}'
        if self._phase is _BROKEN:
            return f'{where}: broken>'
        return f'{where}: waiters={self.n_waiting}/{self._parties}>'

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index (0..parties-1)."""
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            # Wait for the previous round to drain out first.
            if not cond.wait_for(lambda: self._phase not in (_DRAINING, _RESETTING), timeout):
                self._set_broken()
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside = index + 1
            try:
                if self._inside == self._parties:
                    self._trip()
                else:
                    if not cond.wait_for(lambda: self._phase is not _FILLING, timeout):
                        self._set_broken()
                        raise BrokenBarrierError
                    if self._phase is not _DRAINING:
                        raise BrokenBarrierError
                return index
            finally:
                self._inside -= 1
                self._leave()

    def _trip(self):
        # The last arrival runs the action, then opens the gate for everyone.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._set_broken()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _leave(self):
        if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
            self._phase = _FILLING
            self._cond.notify_all()

    def _set_broken(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._inside > 0:
                # Threads still inside leave with BrokenBarrierError (or finish draining).
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._set_broken()

    @property
    def parties(self):
        """How many threads must call wait() to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are currently blocked in wait()."""
        if self._phase is _FILLING:
            return self._inside
        return 0

    @property
    def broken(self):
        """True when the barrier is broken."""
        return self._phase is _BROKEN


# --- the thread registry ---------------------------------------------------------------

_registry_lock = RLock()
_active = {}        # ident -> Thread, for every running thread
_limbo = {}         # Thread -> Thread, started but not yet running
_pending = set()    # end-of-thread locks of non-daemon threads, for _shutdown()
_pending_lock = _allocate_lock()
_name_lock = _allocate_lock()
_last_number = 0


def _adopt_current_thread(thread):
    """Record the calling OS thread's identifiers in thread and register it as running."""
    thread._ident = ident = get_ident()
    thread._native_id = get_native_id()
    with _registry_lock:
        _active[ident] = thread
        _limbo.pop(thread, None)


def _newname(template='Thread-%d'):
    global _last_number
    with _name_lock:
        _last_number += 1
        number = _last_number
    return template % number


# --- exception reporting ---------------------------------------------------------------

try:
    from _thread import _excepthook as excepthook, _ExceptHookArgs as ExceptHookArgs
except ImportError:
    class _ReadOnlyField:
        __slots__ = ('_index',)

        def __init__(self, index):
            self._index = index

        def __get__(self, obj, owner=None):
            return self if obj is None else obj[self._index]

        def __set__(self, obj, value):
            raise AttributeError('readonly attribute')

    class _ExceptHookArgs(tuple):
        """The argument of excepthook: (exc_type, exc_value, exc_traceback, thread)."""

        __slots__ = ()

        def __new__(cls, args):
            try:
                fields = tuple(args)
            except TypeError:
                raise TypeError('constructor requires a sequence') from None
            if len(fields) != 4:
                raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence '
                                f'({len(fields)}-sequence given)')
            return tuple.__new__(cls, fields)

        exc_type = _ReadOnlyField(0)
        exc_value = _ReadOnlyField(1)
        exc_traceback = _ReadOnlyField(2)
        thread = _ReadOnlyField(3)

        def __repr__(self):
            return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, '
                    'exc_traceback=%r, thread=%r)' % tuple(self))

    _ExceptHookArgs.__module__ = '_thread'
    ExceptHookArgs = _ExceptHookArgs

    def excepthook(args, /):
        """Report an exception raised by a thread's run() on stderr."""
        if args.exc_type is SystemExit:
            return
        stream = _sys.stderr
        if stream is None:
            thread = args.thread
            stream = getattr(thread, '_stderr', None)
            if stream is None:
                return
        who = args.thread.name if args.thread is not None else get_ident()
        print(f'Exception in thread {who}:', file=stream, flush=True)
        import traceback
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                                  file=stream)
        stream.flush()

__excepthook__ = excepthook


def _report_thread_exception(thread):
    """Hand the exception being handled in `thread` to threading.excepthook.

    A hook set to None since the thread was created falls back to the one
    in place at creation time (kept in thread._fallback_hooks).
    """
    first_hook, first_sys_hook = thread._fallback_hooks
    args = ExceptHookArgs([*_sys.exc_info(), thread])
    try:
        hook = excepthook
        if hook is None:
            hook = first_hook
        hook(args)
    except Exception as failure:
        failure.__suppress_context__ = True
        del failure
        stream = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stream is not None:
            print('Exception in threading.excepthook:', file=stream, flush=True)
        report = _sys.excepthook
        if report is None:
            report = first_sys_hook
        report(*_sys.exc_info())
    finally:
        args = None


def _hooks_now():
    if excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if _sys.excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    return excepthook, _sys.excepthook


# --- Thread ----------------------------------------------------------------------------

_NO_INIT = "Thread.__init__() not called"


class Thread:
    """A thread of control: start() runs run() (by default, target(*args, **kwargs)) in a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname()
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f'{name} ({label})'
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._end_lock = None
        self._started = Event()
        self._ended = False
        self._stderr = _sys.stderr
        self._fallback_hooks = _hooks_now()
        self._initialized = True

    def _check_init(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # notices a thread that has just ended
        words = ['stopped' if self._ended else
                 'started' if self._started.is_set() else 'initial']
        if self._daemonic:
            words.append('daemon')
        if self._ident is not None:
            words.append(str(self._ident))
        return f'<{type(self).__name__}({self._name}, {" ".join(words)})>'

    def start(self):
        """Run the thread's activity in a new thread; at most once per Thread object."""
        self._check_init()
        already = self._started.is_set()
        if already:
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        """The thread's activity; calls the target. Subclasses may override it."""
        func, args, kwargs = self._target, self._args, self._kwargs
        # Drop the references so a finished thread does not keep them alive.
        del self._args, self._kwargs, self._target
        if func is not None:
            func(*args, **kwargs)

    def _bootstrap(self):
        try:
            self._thread_main()
        except BaseException:
            # A daemon thread may still run while the interpreter tears modules down.
            if _sys is not None or not self._daemonic:
                raise

    def _thread_main(self):
        # Runs in the new thread: register, signal start(), run, report, unregister.
        try:
            end_lock = _end_of_thread_lock()
            end_lock.acquire(False)
            self._end_lock = end_lock
            if not self._daemonic:
                with _pending_lock:
                    _pending.add(end_lock)
            _adopt_current_thread(self)
            self._started.set()
            trace, profile = _trace_hook, _profile_hook
            if trace is not None:
                _sys.settrace(trace)
            if profile is not None:
                _sys.setprofile(profile)
            try:
                self.run()
            except:
                _report_thread_exception(self)
        finally:
            me = get_ident()
            with _registry_lock:
                if _active.get(me) is self:
                    _active.pop(me)

    def _stop(self):
        # The end-of-thread lock was released: the thread is gone.
        end_lock = self._end_lock
        if end_lock is not None and not self._daemonic:
            with _pending_lock:
                _pending.discard(end_lock)
        self._end_lock = None
        self._ended = True

    def _wait_finished(self, block=True, timeout=-1):
        end_lock = self._end_lock
        if end_lock is None:
            return
        ended = False
        try:
            ended = end_lock.acquire(block, timeout)
        finally:
            # Also when a signal handler (Ctrl-C) raised right after the acquire.
            if ended:
                end_lock.release()
                self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds pass; always returns None."""
        if not self._initialized:
            raise RuntimeError(_NO_INIT)
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        if self._ended:
            return
        if timeout is None:
            self._wait_finished()
        else:
            self._wait_finished(True, max(timeout, 0))

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, _NO_INIT
        if not self._started.is_set() or self._ended:
            return False
        self._wait_finished(False)
        return self._ended is False

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, _NO_INIT
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, _NO_INIT
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier (see get_ident()), or None before it is started."""
        assert self._initialized, _NO_INIT
        return self._ident

    @property
    def native_id(self):
        """The OS-assigned thread id, or None before it is started."""
        assert self._initialized, _NO_INIT
        return self._native_id

    @property
    def daemon(self):
        """Whether the thread is a daemon thread: the program does not wait for those."""
        assert self._initialized, _NO_INIT
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError(_NO_INIT)
        started = self._started.is_set()
        if started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _warn_renamed('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _warn_renamed('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _warn_renamed('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _warn_renamed('setName', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            func, args, kwargs = self.function, self.args, self.kwargs
            func(*args, **kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        # Held until _shutdown(): other threads joining the main thread wait for it.
        self._end_lock = _end_of_thread_lock()
        _adopt_current_thread(self)

    def is_alive(self):
        return self._ended is False


class _DummyThread(Thread):
    """Stands for a thread started directly with _thread: always alive, never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started.set()
        _adopt_current_thread(self)

    def is_alive(self):
        assert self._started.is_set() and not self._ended
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- module-level queries --------------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not made here)."""
    found = _active.get(get_ident())
    if found is None:
        found = _DummyThread()
    return found


def currentThread():
    """Deprecated alias of current_thread()."""
    _warn_renamed('currentThread', 'use current_thread() instead')
    return current_thread()


def active_count():
    """How many Thread objects are alive."""
    with _registry_lock:
        return len(_limbo) + len(_active)


def activeCount():
    """Deprecated alias of active_count()."""
    _warn_renamed('activeCount', 'use active_count() instead')
    return active_count()


def _enumerate():
    return [*_active.values(), *_limbo.values()]


def enumerate():
    """A list of every live Thread object, including daemonic and dummy ones."""
    with _registry_lock:
        return _enumerate()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


# --- interpreter shutdown --------------------------------------------------------------

_SHUTTING_DOWN = False
_threading_atexits = []


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when _shutdown() starts, before non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: wait for every non-daemon thread to finish."""
    global _SHUTTING_DOWN
    main = _main_thread
    if main._ended:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    main._ended = True
    end_lock = main._end_lock
    if end_lock is not None and end_lock.locked():
        end_lock.release()
    while True:
        with _pending_lock:
            waiting = list(_pending)
            _pending.clear()
        if not waiting:
            break
        for end_lock in waiting:
            end_lock.acquire()
            end_lock.release()


def _after_fork():
    """Run in the child after fork(): the forking thread is the only one left."""
    global _registry_lock, _pending_lock, _name_lock, _main_thread
    _registry_lock = RLock()
    _pending_lock = _allocate_lock()
    _name_lock = _allocate_lock()
    me = current_thread()
    # The thread that forked, whichever it was, is the child's main thread.
    _main_thread = me
    for thread in _enumerate():
        if thread is not me:
            thread._end_lock = None
            thread._ended = True
    _pending.clear()
    _limbo.clear()
    _active.clear()
    me._ident = get_ident()
    me._native_id = get_native_id()
    if me._end_lock is not None:
        me._end_lock._at_fork_reinit()
        me._end_lock.acquire(False)
    _active[me._ident] = me


_main_thread = _MainThread()
del _thread

try:
    from posix import register_at_fork as _register_at_fork
except ImportError:
    pass
else:
    _register_at_fork(after_in_child=_after_fork)
    del _register_at_fork

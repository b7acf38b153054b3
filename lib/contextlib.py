"""contextlib: helpers for building and combining context managers (with and async with)."""

import abc
import os
import sys
import _collections_abc
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing',
           'chdir']


# ---------------------------------------------------------------- abstract bases

class AbstractContextManager(abc.ABC):
    """ABC for objects usable in a with statement (__enter__ and __exit__)."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return self; subclasses may return something else."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(other, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """ABC for objects usable in async with (__aenter__ and __aexit__)."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return self; subclasses may return something else."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(other, "__aenter__", "__aexit__")


# ---------------------------------------------------------------- decorators

class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        # A context manager that can only be used once returns a fresh copy here.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*a, **kw):
            with self._recreate_cm():
                return func(*a, **kw)
        return inner


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*a, **kw):
            async with self._recreate_cm():
                return await func(*a, **kw)
        return inner


# ---------------------------------------------------------------- generator based

_NO_YIELD = "generator didn't yield"
_NO_STOP = "generator didn't stop"

class _GeneratorContextManagerBase:
    """State shared by the sync and async generator-based context managers."""

    def __init__(self, func, args, kwds):
        gen = func(*args, **kwds)
        self.gen, self.func, self.args, self.kwds = gen, func, args, kwds
        # Let help() on the instance show the generator function's docstring.
        text = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if text is None else text

    def _recreate_cm(self):
        # Each use as a decorator needs its own generator.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the recipe is no longer needed (and must not keep
        # arguments alive).
        del self.args, self.kwds, self.func


def _came_back(raised, sent, tb, stop_kinds):
    """True when `raised`, which left the generator after `sent` was thrown
    into it, is `sent` itself (possibly wrapped by PEP 479): __exit__ then
    reports False and the original exception goes on with its traceback."""
    if raised is sent:
        raised.__traceback__ = tb
        return True
    if (isinstance(raised, RuntimeError) and isinstance(sent, stop_kinds)
            and raised.__cause__ is sent):
        sent.__traceback__ = tb
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        self._forget_call()
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError(_NO_YIELD) from None
        return first

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            for _ in gen:
                raise RuntimeError(_NO_STOP)
            return False
        if value is None:
            # An exception type given without an instance.
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator caught the exception and finished: swallow it.
            return stop is not value
        except BaseException as other:
            if _came_back(other, value, traceback, StopIteration):
                return False
            raise
        raise RuntimeError(_NO_STOP + " after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        self._forget_call()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError(_NO_YIELD) from None
        return first

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError(_NO_STOP)
        if value is None:
            value = typ()
        try:
            if value.__traceback__ is traceback:
                # Same as the three-argument form, which Krait's async
                # generators do not fully support yet.
                await gen.athrow(value)
            else:
                await gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as other:
            if _came_back(other, value, traceback,
                          (StopIteration, StopAsyncIteration)):
                return False
            raise
        raise RuntimeError(_NO_STOP + " after athrow()")


def contextmanager(func):
    """@contextmanager decorator: turn a generator function that yields once
    into a factory of context managers.  The code before the yield runs on
    entry, the yielded value is bound by `as`, and the code after it runs on
    exit (an exception from the block is raised at the yield)."""
    @wraps(func)
    def make(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return make


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async generator version of
    @contextmanager, for use with `async with`."""
    @wraps(func)
    def make(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return make


# ---------------------------------------------------------------- small managers

class closing(AbstractContextManager):
    """Context manager that calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager that awaits thing.aclose() when the block ends
    (for instance to finalize an async generator)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Swap the sys attribute named by _stream for the block; reentrant."""

    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, exc_type, exc, tb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that swallows the listed exception types raised in its
    block; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._types = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._types)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing but hand back enter_result; a stand-in
    where a real context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block and restore it afterwards
    (affects the whole process: not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        os.chdir(self._previous.pop())


# ---------------------------------------------------------------- exit stacks

def _protocol_error(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {what} protocol")


def _relink_context(raised, replaced, outer):
    """Make `replaced` (the exception an earlier callback saw) the __context__
    at the end of raised's chain, stopping at `outer`, the exception that
    was being handled around the whole with statement."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is replaced:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = replaced


class _BaseExitStack:
    """Stack of exit callbacks shared by ExitStack and AsyncExitStack."""

    @staticmethod
    def _bind_exit(mgr, method):
        return MethodType(method, mgr)

    @staticmethod
    def _wrap_callback(func, /, *args, **kwargs):
        def _call_on_exit(typ, val, tb):
            func(*args, **kwargs)
        return _call_on_exit

    def __init__(self):
        self._pending = []

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it."""
        fresh = type(self)()
        fresh._pending, self._pending = self._pending, []
        return fresh

    def push(self, exit):
        """Register an exit callback: a context manager (its __exit__ is
        called) or any callable with __exit__'s signature.  Returns exit."""
        try:
            method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: a plain callable.
            self._add(exit)
        else:
            self._add_cm(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter cm, push its __exit__, and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, "context manager") from None
        result = enter(cm)
        self._add_cm(cm, leave)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns callback
        so that it can be used as a decorator."""
        wrapper = self._wrap_callback(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._add(wrapper)
        return callback

    def _add_cm(self, cm, cm_exit):
        self._add(self._bind_exit(cm, cm_exit), True)

    def _add(self, callback, is_sync=True):
        self._pending.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager that runs a dynamic stack of exit callbacks (last
    registered first) when the with block ends."""

    def __enter__(self):
        return self

    def __exit__(self, *details):
        had_exception = details[0] is not None
        # The exception being handled around the with statement, if any: the
        # context chains below must end there.
        outer = sys.exc_info()[1]
        current = details
        swallowed = False
        must_raise = False
        callbacks = self._pending
        while callbacks:
            _, cb = callbacks.pop()
            try:
                if cb(*current):
                    swallowed = True
                    must_raise = False
                    current = (None, None, None)
            except:
                caught = sys.exc_info()
                _relink_context(caught[1], current[1], outer)
                must_raise = True
                current = caught
        if must_raise:
            # Raising here would chain the exception to whatever is being
            # handled; keep the chain the callbacks built instead.
            pending = current[1]
            chain = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = chain
                raise
        return had_exception and swallowed

    def close(self):
        """Run every callback now, as if the with block had ended."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager that runs a dynamic stack of exit callbacks,
    sync or async, when the async with block ends."""

    @staticmethod
    def _bind_async_exit(mgr, method):
        return MethodType(method, mgr)

    @staticmethod
    def _wrap_async_callback(func, /, *args, **kwargs):
        async def _call_on_exit(typ, val, tb):
            await func(*args, **kwargs)
        return _call_on_exit

    async def enter_async_context(self, cm):
        """Enter cm with await, push its __aexit__, return what __aenter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, "asynchronous context manager") from None
        result = await enter(cm)
        self._add_async_cm(cm, leave)
        return result

    def push_async_exit(self, exit):
        """Register an async exit: an async context manager or a coroutine
        function with __aexit__'s signature.  Returns exit."""
        try:
            method = type(exit).__aexit__
        except AttributeError:
            self._add(exit, False)
        else:
            self._add_async_cm(exit, method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register a coroutine function to be awaited on exit; returns it."""
        wrapper = self._wrap_async_callback(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._add(wrapper, False)
        return callback

    async def aclose(self):
        """Run every callback now, as if the async with block had ended."""
        await self.__aexit__(None, None, None)

    def _add_async_cm(self, cm, cm_exit):
        self._add(self._bind_async_exit(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *details):
        had_exception = details[0] is not None
        outer = sys.exc_info()[1]
        current = details
        swallowed = False
        must_raise = False
        callbacks = self._pending
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    verdict = cb(*current)
                else:
                    verdict = await cb(*current)
                if verdict:
                    swallowed = True
                    must_raise = False
                    current = (None, None, None)
            except:
                caught = sys.exc_info()
                _relink_context(caught[1], current[1], outer)
                must_raise = True
                current = caught
        if must_raise:
            # Raising here would chain the exception to whatever is being
            # handled; keep the chain the callbacks built instead.
            pending = current[1]
            chain = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = chain
                raise
        return had_exception and swallowed

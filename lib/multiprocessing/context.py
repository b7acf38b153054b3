"""multiprocessing's exception types and its default context.

Krait's multiprocessing has only its thread-backed half so far (pool.ThreadPool
and multiprocessing.dummy); the process side is added to this context later.
"""

import os

__all__ = ()


class ProcessError(Exception):
    """Base of the errors multiprocessing raises."""


class BufferTooShort(ProcessError):
    """A receive buffer was too small for the message."""


class TimeoutError(ProcessError):
    """A result was not ready within the timeout."""


class AuthenticationError(ProcessError):
    """A connection's authentication failed."""


class BaseContext(object):
    """What the multiprocessing module exports: every public attribute of
    the default context becomes a module-level name."""

    ProcessError, BufferTooShort = ProcessError, BufferTooShort
    TimeoutError, AuthenticationError = TimeoutError, AuthenticationError

    def cpu_count(self):
        """Returns the number of CPUs in the system"""
        found = os.cpu_count()
        if found is None:
            raise NotImplementedError('cannot determine number of cpus')
        return found

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        """A pool of worker processes (see multiprocessing.pool.Pool)."""
        from .pool import Pool as make_pool
        return make_pool(processes, initializer, initargs, maxtasksperchild,
                         context=self)

    def freeze_support(self):
        """Only meaningful for frozen Windows executables: a no-op."""

    def get_context(self, method=None):
        """The context for a start method; only the default one exists."""
        if method is not None:
            raise ValueError('cannot find context for %r' % method)
        return self


_default_context = BaseContext()

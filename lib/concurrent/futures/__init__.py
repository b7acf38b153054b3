"""Execute computations asynchronously using threads or processes."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed,
)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

# The executors live in submodules imported on first use, which keeps
# `import concurrent.futures` cheap.
_EXECUTOR_HOMES = {
    'ThreadPoolExecutor': 'thread',
    'ProcessPoolExecutor': 'process',
}


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    home = _EXECUTOR_HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import sys
    qualified = __name__ + '.' + home
    __import__(qualified)
    value = getattr(sys.modules[qualified], name)
    globals()[name] = value
    return value

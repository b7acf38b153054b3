"""Parallelism with the threading module's interface.

Krait: for now this package provides the thread-backed parts (cpu_count,
the exception types, multiprocessing.pool.ThreadPool and multiprocessing.dummy);
the process-backed half grows in context.py.
"""

import sys

from . import context

SUBDEBUG = 5
SUBWARNING = 25

# As in CPython the default context's public attributes become the
# module's: names are bound methods of (or classes on) that context.
__all__ = [name for name in dir(context._default_context)
           if not name.startswith('_')]
for _name in __all__:
    globals()[_name] = getattr(context._default_context, _name)
del _name

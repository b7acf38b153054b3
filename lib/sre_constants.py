"""Deprecated alias of re._constants (as in CPython 3.11)."""

import warnings as _warnings

_warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re import _constants as _source  # noqa: E402

globals().update({k: v for k, v in vars(_source).items() if not k.startswith('__')})
del _source, _warnings

"""Set handlers for asynchronous events.

The functions and constants of the native `_signal`, with signal numbers, handler constants
and mask operations presented as IntEnum members (`Signals`, `Handlers`, `Sigmasks`).
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _pick(accept):
    found = [(name, value) for name, value in vars(_signal).items() if accept(name)]
    # Canonical names first for equal values (SIGABRT before SIGIOT, SIGIO before SIGPOLL).
    found.sort(key=lambda item: (item[1], item[0] in ("SIGIOT", "SIGPOLL", "SIGCLD"), item[0]))
    return found


Signals = _IntEnum(
    "Signals",
    _pick(lambda n: n.startswith("SIG") and not n.startswith("SIG_")),
    module=__name__,
)
Handlers = _IntEnum("Handlers", _pick(lambda n: n in ("SIG_DFL", "SIG_IGN")), module=__name__)
Sigmasks = _IntEnum(
    "Sigmasks",
    _pick(lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")),
    module=__name__,
)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_class):
    """The member of `enum_class` equal to int `value`, or `value` itself."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """An int for `_signal`: enum members become plain ints; anything else passes."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal and return the previous one."""
    old = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(old, Handlers)


signal.__doc__ = _signal.signal.__doc__ or signal.__doc__


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    old = _signal.pthread_sigmask(how, mask)
    return {_int_to_enum(n, Signals) for n in old}


def sigpending():
    """Examine pending signals."""
    return {_int_to_enum(n, Signals) for n in _signal.sigpending()}


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in _signal.valid_signals()}


del _pick

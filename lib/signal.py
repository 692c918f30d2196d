"""The signal module: _signal, with its numbers as the enumerations Signals,
Handlers and Sigmasks (IntEnum classes made by enum's _convert_)."""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum


Signals = _IntEnum._convert_(
    "Signals", __name__,
    lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_"))
Handlers = _IntEnum._convert_(
    "Handlers", __name__, lambda name: name in ("SIG_DFL", "SIG_IGN"))
Sigmasks = _IntEnum._convert_(
    "Sigmasks", __name__, lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


def _as_member(value, kind):
    """value as the member of kind it is the value of; otherwise unchanged."""
    if isinstance(value, int) and value in kind._value2member_map_:
        return kind._value2member_map_[value]
    return value


def _as_number(value):
    """A member, or anything else int() takes, as an int; otherwise unchanged."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_as_number(signalnum), _as_number(handler))
    return _as_member(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _as_member(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_as_member(x, Signals) for x in sigs_set)


def sigpending():
    return {_as_member(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_as_member(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
pthread_sigmask.__doc__ = _signal.pthread_sigmask.__doc__
sigpending.__doc__ = _signal.sigpending.__doc__
valid_signals.__doc__ = _signal.valid_signals.__doc__

del _IntEnum

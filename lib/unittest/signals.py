"""Ctrl-C handling for test runs (the -c option): the first SIGINT asks the
registered results to stop, a second one interrupts as usual."""

import weakref
import signal
from functools import wraps

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def _ignore(signum, frame):
    pass


def _as_callable(handler):
    """The function to call for the SIGINT disposition handler."""
    if not isinstance(handler, int):
        return handler
    if handler == signal.SIG_DFL:
        return signal.default_int_handler
    if handler == signal.SIG_IGN:
        return _ignore
    raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                    "signal.SIG_DFL, or a callable object")


class _InterruptHandler(object):

    def __init__(self, default_handler):
        self.original_handler = default_handler
        self.default_handler = _as_callable(default_handler)
        self.called = False

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self:
            # someone replaced us: behave as the handler we replaced
            self.default_handler(signum, frame)
        if self.called:
            # the second Ctrl-C interrupts for real
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


def registerResult(result):
    """Make result stop at the first Ctrl-C (when the handler is installed)."""
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is None:
        if _interrupt_handler is not None:
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        return None

    @wraps(method)
    def without_handler(*args, **kwargs):
        saved = signal.getsignal(signal.SIGINT)
        removeHandler()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, saved)
    return without_handler

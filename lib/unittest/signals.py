"""Ctrl-C handling for test runs (the -c option): the first SIGINT asks the
registered results to stop, a second one interrupts as usual."""

import signal
import weakref
from functools import wraps

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


def _ignore(signum, frame):
    pass


class _InterruptHandler(object):

    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                default_handler = _ignore
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # not ours any more, or a second interrupt
            self.default_handler(signum, frame)
        self.called = True
        for res in list(_results.keys()):
            res.stop()


def registerResult(result):
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

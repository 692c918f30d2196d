"""The exceptions asyncio raises (their module name is part of their repr)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

TimeoutError = TimeoutError


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator.

    Attributes:
    - consumed: total number of to be consumed bytes.
    """

    def __init__(self, message, consumed):
        self.consumed = consumed
        Exception.__init__(self, message)

    def __reduce__(self):
        return (self.__class__, (self.args[0], self.consumed))


class IncompleteReadError(EOFError):
    """
    Incomplete read error. Attributes:

    - partial: read bytes string before the end of stream was reached
    - expected: total number of expected bytes (or None if unknown)
    """

    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        total = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {total} expected bytes')

    def __reduce__(self):
        return (self.__class__, (self.partial, self.expected))


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available.

    Raised if OS does not support sendfile syscall for given socket or
    file type.
    """


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

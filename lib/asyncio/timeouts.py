"""Timeout: cancel the current task when a deadline passes, and turn that
cancellation into TimeoutError as the block exits."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """Asynchronous context manager with a deadline (loop time, or None)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        text = f'<Timeout [{self._state.value}]'
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            text += f' when={when}'
        return text + '>'

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.ENTERED:
            self._state = _State.EXITED
            return None
        if self._state is not _State.EXPIRING:
            return None
        self._state = _State.EXPIRED
        if self._task.uncancel() > self._cancelling or exc_type is None:
            return None
        if issubclass(exc_type, exceptions.CancelledError):
            raise TimeoutError from exc_val
        if exc_val is not None:
            _mark_timeout(exc_val)
            if isinstance(exc_val, ExceptionGroup):
                for inner in exc_val.exceptions:
                    _mark_timeout(inner)
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def _mark_timeout(exc):
    """Put a TimeoutError between exc's context chain and the
    CancelledError the deadline caused."""
    while exc.__context__ is not None:
        inner = exc.__context__
        if isinstance(inner, exceptions.CancelledError):
            marker = TimeoutError()
            marker.__context__ = marker.__cause__ = inner
            exc.__context__ = marker
            return
        exc = inner


def timeout(delay):
    """A Timeout 'delay' seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout at loop time 'when' (None: no deadline)."""
    return Timeout(when)

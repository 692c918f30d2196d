"""Event loop interface, callback handles, and finding the current loop."""

__all__ = ('AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           '_set_running_loop', 'get_running_loop', '_get_running_loop')

import contextvars
import os
import warnings

from . import _describe


class Handle:
    """A callback with its arguments and context, as the loop queues it."""

    # Defaults kept on the class: a handle is made for every callback, and
    # most never change these.
    _cancelled = False
    _repr = None
    _source_traceback = None

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        try:
            debug = loop._debug
        except AttributeError:
            debug = loop.get_debug()
        if debug:
            self._source_traceback = _describe.creation_stack()

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        if self._callback is not None:
            words.append(_describe.callback(self._callback, self._args,
                                            self._loop.get_debug()))
        return words + _describe.created_at(self)

    def __repr__(self):
        if self._repr is None:
            return '<' + ' '.join(self._repr_info()) + '>'
        return self._repr

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled is True

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._report(exc)
            exc = None
        self = None

    def _report(self, exc):
        what = _describe.callback(self._callback, self._args, self._loop.get_debug())
        context = {'message': f'Exception in callback {what}', 'exception': exc, 'handle': self}
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)


class _ThreadSafeHandle(Handle):
    """What call_soon_threadsafe queues (there are no other threads here,
    so it needs no lock)."""


class TimerHandle(Handle):
    """A Handle due at a given loop time; ordered by that time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        words = super()._repr_info()
        words.insert(2 if self._cancelled else 1, f'when={self._when}')
        return words

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when == other._when and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    def __lt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when

    def __gt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other

    def when(self):
        """The absolute loop time (as loop.time() counts) the callback is due."""
        return self._when

    def cancel(self):
        if self._cancelled:
            return
        self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)


def _abstract(name, is_async=False):
    if is_async:
        async def method(self, *args, **kwargs):
            raise NotImplementedError
    else:
        def method(self, *args, **kwargs):
            raise NotImplementedError
    method.__name__ = name
    return method


def _declare(cls, names, is_async=False):
    for name in names:
        method = _abstract(name, is_async)
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)


class AbstractServer:
    """Interface of a listening server."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


_declare(AbstractServer, ('close', 'close_clients', 'abort_clients', 'get_loop', 'is_serving'))
_declare(AbstractServer, ('start_serving', 'serve_forever', 'wait_closed'), True)


class AbstractEventLoop:
    """What an event loop offers; every method here is abstract."""


_declare(AbstractEventLoop, ('run_forever', 'run_until_complete', 'stop', 'is_running',
              'is_closed', 'close', '_timer_handle_cancelled', 'call_soon',
              'call_later', 'call_at', 'time', 'create_future', 'create_task',
              'call_soon_threadsafe', 'run_in_executor', 'set_default_executor',
              'add_reader', 'remove_reader', 'add_writer', 'remove_writer',
              'add_signal_handler', 'remove_signal_handler', 'set_task_factory',
              'get_task_factory', 'get_exception_handler', 'set_exception_handler',
              'default_exception_handler', 'call_exception_handler',
              'get_debug', 'set_debug'))
_declare(AbstractEventLoop, ('shutdown_asyncgens', 'shutdown_default_executor',
              'getaddrinfo', 'getnameinfo', 'create_connection', 'create_server',
              'sendfile', 'start_tls', 'create_unix_connection',
              'create_unix_server', 'connect_accepted_socket',
              'create_datagram_endpoint', 'connect_read_pipe',
              'connect_write_pipe', 'subprocess_shell', 'subprocess_exec',
              'sock_recv', 'sock_recv_into', 'sock_recvfrom', 'sock_recvfrom_into',
              'sock_sendall', 'sock_sendto', 'sock_connect', 'sock_accept',
              'sock_sendfile'), True)


# --- policies (deprecated in 3.14, still the way the loop is found) ---

class _AbstractEventLoopPolicy:
    """Interface of an event loop policy."""


_declare(_AbstractEventLoopPolicy, ('get_event_loop', 'set_event_loop', 'new_event_loop'))


class _BaseDefaultEventLoopPolicy(_AbstractEventLoopPolicy):
    """One current loop per thread (and there is one thread)."""

    _loop_factory = None   # set by the concrete policy

    def __init__(self):
        self._current = None

    def get_event_loop(self):
        if self._current is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._current

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError('loop must be an instance of AbstractEventLoop or None, '
                            f"not '{type(loop).__name__}'")
        self._current = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None
_running = [None, None]          # [loop, pid that set it]


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    running = _get_running_loop()
    if running is not None:
        return running
    raise RuntimeError('no running event loop')


def _get_running_loop():
    loop, pid = _running
    if loop is not None and pid == os.getpid():
        return loop
    return None


def _set_running_loop(loop):
    _running[0] = loop
    _running[1] = os.getpid()


def _get_event_loop_policy():
    global _policy
    if _policy is None:
        from .unix_events import _DefaultEventLoopPolicy
        _policy = _DefaultEventLoopPolicy()
    return _policy


def _set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, _AbstractEventLoopPolicy):
        raise TypeError('policy must be an instance of AbstractEventLoopPolicy or None, '
                        f"not '{type(policy).__name__}'")
    _policy = policy


def _warn_deprecated(name, level=3):
    warnings.warn(f"{name!r} is deprecated and slated for removal in Python 3.16",
                  DeprecationWarning, stacklevel=level)


def get_event_loop_policy():
    _warn_deprecated('asyncio.get_event_loop_policy')
    return _get_event_loop_policy()


def set_event_loop_policy(policy):
    _warn_deprecated('asyncio.set_event_loop_policy')
    _set_event_loop_policy(policy)


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    running = _get_running_loop()
    return _get_event_loop_policy().get_event_loop() if running is None else running


def set_event_loop(loop):
    """Make loop the current loop (of the policy)."""
    policy = _get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy's factory."""
    policy = _get_event_loop_policy()
    return policy.new_event_loop()


# The Python versions stay under _py_ names; _asyncio's replace them.
_py__get_running_loop, _py__set_running_loop = _get_running_loop, _set_running_loop
_py_get_running_loop, _py_get_event_loop = get_running_loop, get_event_loop

try:
    from _asyncio import (_get_running_loop, _set_running_loop,
                          get_running_loop, get_event_loop)
except ImportError:
    pass
else:
    _c__get_running_loop, _c__set_running_loop = _get_running_loop, _set_running_loop
    _c_get_running_loop, _c_get_event_loop = get_running_loop, get_event_loop


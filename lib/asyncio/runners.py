"""asyncio.run and Runner: a fresh loop, one main task, and a clean close."""

__all__ = ('Runner', 'run')

import contextvars
import enum
import inspect
import signal

from . import coroutines, events, tasks
from .exceptions import CancelledError


class _State(enum.Enum):
    CREATED = 'created'
    INITIALIZED = 'initialized'
    CLOSED = 'closed'


class Runner:
    """Runs coroutines on one loop it creates lazily and closes on exit.

    A first Ctrl-C cancels the running main task; a second one raises
    KeyboardInterrupt."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug, self._loop_factory = debug, loop_factory
        self._loop = self._context = None
        self._state = _State.CREATED
        self._owns_current_loop = False
        self._interrupt_count = 0

    def __enter__(self):
        return self._ready()

    def __exit__(self, *exc_info):
        self.close()

    def _ready(self):
        """Make the loop and the context on first use; return self."""
        state = self._state
        if state is _State.INITIALIZED:
            return self
        if state is _State.CLOSED:
            raise RuntimeError('Runner is closed')
        if self._loop_factory is None:
            loop = events.new_event_loop()
            if not self._owns_current_loop:
                events.set_event_loop(loop)
                self._owns_current_loop = True
        else:
            loop = self._loop_factory()
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop = loop
        self._context = contextvars.copy_context()
        self._state = _State.INITIALIZED
        return self

    def get_loop(self):
        return self._ready()._loop

    def close(self):
        """Cancel what is left, close asynchronous generators and the loop."""
        if self._state is _State.INITIALIZED:
            loop = self._loop
            try:
                _cancel_leftovers(loop)
                for step in (loop.shutdown_asyncgens(), loop.shutdown_default_executor(300)):
                    loop.run_until_complete(step)
            finally:
                if self._owns_current_loop:
                    events.set_event_loop(None)
                loop.close()
                self._state, self._loop = _State.CLOSED, None

    def run(self, coro, *, context=None):
        """Run coro as a task on the runner's loop until it finishes."""
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ready()
        if not coroutines.iscoroutine(coro):
            if not inspect.isawaitable(coro):
                raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
            async def _wrap_awaitable(awaitable):
                return await awaitable
            coro = _wrap_awaitable(coro)
        main = self._loop.create_task(coro, context=self._context if context is None else context)
        handler = self._catch_sigint(main)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(main)
        except CancelledError:
            if self._interrupt_count and getattr(main, 'uncancel', lambda: 1)() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if handler is not None and signal.getsignal(signal.SIGINT) is handler:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _catch_sigint(self, main):
        """While main runs, Ctrl-C cancels it (when nobody else handles SIGINT)."""
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return None
        def on_sigint(signum, frame):
            self._interrupt_count += 1
            if self._interrupt_count > 1 or main.done():
                raise KeyboardInterrupt()
            main.cancel()
            self._loop.call_soon_threadsafe(lambda: None)
        try:
            signal.signal(signal.SIGINT, on_sigint)
        except ValueError:
            return None
        return on_sigint


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine main on a new loop and return its result."""
    if events._get_running_loop() is None:
        with Runner(debug=debug, loop_factory=loop_factory) as runner:
            return runner.run(main)
    raise RuntimeError('asyncio.run() cannot be called from a running event loop')


def _cancel_leftovers(loop):
    """Cancel the loop's unfinished tasks, wait for them, report errors."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error,
                'task': task,
            })

"""The event loop proper: ready queue, timers, running and stopping.

One pass of the loop (_run_once) drops cancelled timers from the front of
the heap, waits in the selector (not at all when callbacks are ready or the
loop is stopping, else until the first timer is due), turns I/O events into
ready callbacks, moves every timer due within the clock's resolution to the
ready queue, and then runs exactly the callbacks that were ready when the
pass started; callbacks they schedule wait for the next pass.
"""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import logging
import sys
import time
import traceback
import warnings
import weakref

from . import coroutines
from . import events
from . import futures
from . import tasks

logger = logging.getLogger('asyncio')
_Handle = events.Handle

# A timer heap this large, more than half of it cancelled, is rebuilt.
_HEAP_REBUILD_SIZE = 100
_HEAP_REBUILD_FRACTION = 0.5
# The longest single wait in the selector (seconds).
_LONGEST_WAIT = 24 * 3600


def _run_until_complete_cb(fut):
    """Done callback of run_until_complete's future: stop its loop."""
    fatal = (not fut.cancelled()
             and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)))
    if not fatal:
        futures._loop_of(fut).stop()


def _settle(fut, value, exc):
    if fut.cancelled():
        return
    if exc is None:
        fut.set_result(value)
    else:
        fut.set_exception(exc)


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready, self._scheduled = collections.deque(), []
        self._timer_cancelled_count = 0
        self._running = self._stopping = self._closed = False
        self._default_executor = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self._debug = False
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- futures and tasks ---

    def create_task(self, coro, **kwargs):
        """A task running coro on this loop (made by the task factory if set)."""
        self._check_closed()
        make = self._task_factory
        if make is None:
            return tasks.Task(coro, loop=self, **kwargs)
        return make(self, coro, **kwargs)

    def create_future(self):
        return futures.Future(loop=self)

    def get_task_factory(self):
        return self._task_factory

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    # --- state ---

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def set_debug(self, enabled):
        self._debug = enabled

    def get_debug(self):
        return self._debug

    def time(self):
        return time.monotonic()

    # --- running ---

    def run_forever(self):
        self._check_closed()
        self._check_running()
        saved_hooks = sys.get_asyncgen_hooks()
        saved_depth = sys.get_coroutine_origin_tracking_depth()
        if self._debug:
            sys.set_coroutine_origin_tracking_depth(10)
        self._running = True
        events._set_running_loop(self)
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            self._run_once()      # at least one pass, even if already stopped
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)
            sys.set_coroutine_origin_tracking_depth(saved_depth)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # A task made here whose error stops the loop is not reported
            # as "never retrieved": the error goes to our caller.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the current pass over the ready callbacks."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = self._executor_shutdown_called = True
        self._default_executor = None
        self._scheduled.clear()
        self._ready.clear()

    def __del__(self, _warn=warnings.warn):
        if not self.is_closed():
            _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
            if not self.is_running():
                self.close()

    # --- scheduling ---

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon, waking the loop if it is waiting in the selector."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        queued = events._ThreadSafeHandle(callback, args, self, context)
        self._ready.append(queued)
        self._write_to_self()
        return queued

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _write_to_self(self):
        pass

    def _process_events(self, event_list):
        pass

    def _wait_for_events(self, timeout):
        if timeout:
            time.sleep(timeout)
        return []

    def _drop_cancelled_timers(self):
        heap = self._scheduled
        if (len(heap) > _HEAP_REBUILD_SIZE and
                self._timer_cancelled_count / len(heap) > _HEAP_REBUILD_FRACTION):
            keep = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    keep.append(timer)
            heapq.heapify(keep)
            self._scheduled = keep
            self._timer_cancelled_count = 0
            return
        while heap and heap[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(heap)._scheduled = False

    def _run_once(self):
        self._drop_cancelled_timers()
        heap = self._scheduled
        ready = self._ready
        if ready or self._stopping:
            timeout = 0
        elif heap:
            timeout = min(max(0, heap[0]._when - self.time()), _LONGEST_WAIT)
        else:
            timeout = None
        self._process_events(self._wait_for_events(timeout))
        due = self.time() + self._clock_resolution
        while heap and heap[0]._when < due:
            timer = heapq.heappop(heap)
            timer._scheduled = False
            ready.append(timer)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # --- executors (there are no threads: the function runs inline) ---

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) now (there are no threads) and return a future
        that takes its outcome on the loop's next pass, as a worker
        thread's result would arrive."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        outcome = self.create_future()
        try:
            value = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.call_soon(_settle, outcome, None, exc)
        else:
            self.call_soon(_settle, outcome, value, None)
        return outcome

    def set_default_executor(self, executor):
        # CPython accepts only a concurrent.futures.ThreadPoolExecutor,
        # which cipy (without threads) does not have.
        raise TypeError('executor must be ThreadPoolExecutor instance')

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True
        self._default_executor = None

    # --- asynchronous generators ---

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still open on this loop."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        gens = list(self._asyncgens)
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[g.aclose() for g in gens], return_exceptions=True)
        for gen, outcome in zip(gens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {gen!r}',
                    'exception': outcome,
                    'asyncgen': gen,
                })

    # --- errors ---

    def set_exception_handler(self, handler):
        if handler is None or callable(handler):
            self._exception_handler = handler
        else:
            raise TypeError(f'A callable object or None is expected, got {handler!r}')

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys, and its exception."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        exc = context.get('exception')
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                what = 'Object' if key == 'source_traceback' else 'Handle'
                value = ''.join(traceback.format_list(value)).rstrip()
                value = f'{what} created at (most recent call last):\n{value}'
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        exc_info = False if exc is None else (type(exc), exc, exc.__traceback__)
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            ctx = None
            for key in ('task', 'future', 'handle'):
                owner = context.get(key)
                if owner is not None:
                    break
            if owner is not None and hasattr(owner, 'get_context'):
                ctx = owner.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(handler, self, context)
            else:
                handler(self, context)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            report = dict(message='Unhandled error in exception handler',
                          exception=exc, context=context)
            try:
                self.default_exception_handler(report)
            except BaseException as inner:
                if isinstance(inner, (SystemExit, KeyboardInterrupt)):
                    raise
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)

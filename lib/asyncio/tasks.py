"""Task: a coroutine driven by the loop, and the functions built on tasks."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'all_tasks', 'current_task',
           'create_eager_task_factory', 'eager_task_factory',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

import concurrent.futures
import contextvars, functools, inspect, itertools, math, types, weakref

from . import _describe, coroutines, events, exceptions, futures
from .exceptions import CancelledError
from .futures import _PyFuture, _PENDING, _FINISHED

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_WAIT_MODES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

_name_numbers = itertools.count(1).__next__

# Every task not started eagerly (weakly: a task nobody holds may die).
_scheduled_tasks = weakref.WeakSet()
# Tasks running their eager first step.
_eager_tasks = set()
# loop -> the task it is running now.
_current_tasks = {}


class Task(_PyFuture):
    """Runs a coroutine on the loop, one step per callback (the Python
    version, futures._PyTask; asyncio.Task is _asyncio's, in C)."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{_name_numbers()}' if name is None else str(name)
        self._coro, self._fut_waiter = coro, None
        self._must_cancel, self._num_cancels_requested = False, 0
        self._context = contextvars.copy_context() if context is None else context
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self.__step, context=self._context)
            _py_register_task(self)

    def __del__(self):
        if self._log_destroy_pending and not self.done():
            report = dict(task=self, message='Task was destroyed but it is pending!')
            if self._source_traceback:
                report['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(report)
        _PyFuture.__del__(self)

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(_describe.task_info(self))}>"

    def set_name(self, value):
        self._name = str(value)

    def get_name(self):
        return self._name

    def get_context(self):
        return self._context

    def get_coro(self):
        return self._coro

    def set_exception(self, exception):
        raise RuntimeError(f'Task does not support set_exception operation')

    def set_result(self, result):
        raise RuntimeError(f'Task does not support set_result operation')

    def get_stack(self, *, limit=None):
        return _task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        _task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine
        at its next step.  False if the task is already done."""
        self._log_traceback = False
        if self._state != futures._PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True
        self._must_cancel, self._cancel_message = True, msg
        return True

    def cancelling(self):
        """How many cancel() requests are pending (uncancel() takes one back)."""
        return self._num_cancels_requested

    def uncancel(self):
        left = self._num_cancels_requested
        if left:
            left = self._num_cancels_requested = left - 1
            if not left:
                self._must_cancel = False
        return left

    # --- stepping ---

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'__step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _py_enter_task(loop, self)
        try:
            self.__step_run_and_handle_result(exc)
        finally:
            _py_leave_task(loop, self)
            self = None


    def __step_run_and_handle_result(self, exc):
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                _PyFuture.cancel(self, msg=self._cancel_message)
            else:
                _PyFuture.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            _PyFuture.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _PyFuture.set_exception(self, fatal)
            raise
        except BaseException as error:
            _PyFuture.set_exception(self, error)
        else:
            kind = type(result)
            if result is None:          # a bare yield (sleep(0)): step again soon
                self._loop.call_soon(self.__step, context=self._context)
            elif ((kind is _PyFuture or kind is _PyTask) and result._asyncio_future_blocking
                    and result._loop is self._loop and result is not self):
                # The usual yield: a plain pending future of this loop
                # (what _suspend_on does for it, without the calls).
                futures.future_add_to_awaited_by(result, self)
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                self._suspend_on(result)
        self = None

    def _suspend_on(self, result):
        """The coroutine yielded result: arrange the next step."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._loop_of(result) is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} '
                                     'attached to a different loop')
            elif not blocking:
                error = RuntimeError('yield was used instead of yield from '
                                     f'in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                futures.future_add_to_awaited_by(result, self)
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif inspect.isgenerator(result):
            error = RuntimeError('yield was used instead of yield from for '
                                 f'generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        futures.future_discard_from_awaited_by(future, self)
        kind = type(future)
        if (kind is _PyFuture or kind is _PyTask) \
                and future._state == _FINISHED and future._exception is None:
            self.__step()      # the common case, without calling result()
            return
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None


    def _eager_start(self):
        loop = self._loop
        previous = _py_swap_current_task(loop, self)
        try:
            _py_register_eager_task(self)
            try:
                self._context.run(self.__step_run_and_handle_result, None)
            finally:
                _py_unregister_eager_task(self)
        finally:
            _py_swap_current_task(loop, previous)
            if self._state != futures._PENDING:
                self._coro = None
            else:
                _py_register_task(self)
            self = None


_PyTask = Task


def _task_get_stack(task, limit):
    """The suspended coroutine's frame (with its callers), or once the
    task failed, the frames of its exception's traceback; at most limit."""
    budget = float('inf') if limit is None else limit
    coro = task.get_coro()
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    frames = []
    if frame is not None:
        while frame is not None and budget > 0:
            frames.append(frame)
            frame, budget = frame.f_back, budget - 1
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None and budget > 0:
            frames.append(tb.tb_frame)
            tb, budget = tb.tb_next, budget - 1
    return frames


def _task_print_stack(task, limit, file):
    """Task.print_stack(): the frames get_stack() gives, as a traceback
    (with the exception at the end, if the task failed)."""
    import sys
    import traceback
    # Without a file, the headings and the exception go to print()'s
    # default (stdout) and the frames to stderr, as CPython's do.
    frames_out = sys.stderr if file is None else file
    out = file
    frames = task.get_stack(limit=limit)
    failure = task._exception
    if not frames:
        heading = f'No stack for {task!r}'
    elif failure is not None:
        heading = f'Traceback for {task!r} (most recent call last):'
    else:
        heading = f'Stack for {task!r} (most recent call last):'
    print(heading, file=out)
    where = traceback.StackSummary.extract([(f, f.f_lineno) for f in frames])
    for text in where.format():
        print(text, file=frames_out, end='')
    if failure is not None:
        for text in traceback.format_exception_only(failure):
            print(text, file=out, end='')


_CTask = None
try:
    import _asyncio
except ImportError:
    pass
else:
    Task = _CTask = _asyncio.Task


def create_task(coro, **kwargs):
    """Schedule coro on the running loop as a Task and return it."""
    return events.get_running_loop().create_task(coro, **kwargs)


def create_eager_task_factory(custom_task_constructor):
    """A task factory making tasks that run their first step at once."""
    def factory(loop, coro, *, eager_start=True, **kwargs):
        return custom_task_constructor(coro, loop=loop, eager_start=eager_start, **kwargs)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# --- which task runs ---

def _py_current_task(loop=None):
    """The task the loop (default: the running one) is running now, or None."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def _unfinished(loop, groups):
    loop = events.get_running_loop() if loop is None else loop
    found = set()
    for group in groups:
        for task in list(group):
            if futures._loop_of(task) is loop and not task.done():
                found.add(task)
    return found


def all_tasks(loop=None):
    """The set of tasks of the loop (default: the running one) not done yet."""
    return _unfinished(loop, (_scheduled_tasks, _eager_tasks))


_py_all_tasks = all_tasks
(_py_register_task, _py_unregister_task, _py_register_eager_task, _py_unregister_eager_task) = (
    _scheduled_tasks.add, _scheduled_tasks.discard, _eager_tasks.add, _eager_tasks.discard)
_register_task, _unregister_task = _py_register_task, _py_unregister_task
_register_eager_task, _unregister_eager_task = _py_register_eager_task, _py_unregister_eager_task

try:
    from _asyncio import (all_tasks, _register_task, _unregister_task,
                          _register_eager_task, _unregister_eager_task)
except ImportError:
    pass
else:
    (_c_all_tasks, _c_register_task, _c_unregister_task,
     _c_register_eager_task, _c_unregister_eager_task) = (
        all_tasks, _register_task, _unregister_task, _register_eager_task, _unregister_eager_task)


def _py_enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _current_tasks[loop] = task


def _py_leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {running!r}.')
    del _current_tasks[loop]


def _py_swap_current_task(loop, task):
    previous = _current_tasks.get(loop)
    if task is None:
        _current_tasks.pop(loop, None)
    else:
        _current_tasks[loop] = task
    return previous


current_task = _py_current_task
_enter_task, _leave_task = _py_enter_task, _py_leave_task
_swap_current_task = _py_swap_current_task

try:
    from _asyncio import (current_task, _enter_task, _leave_task,
                          _swap_current_task)
except ImportError:
    pass


# --- sleeping ---

@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspend for delay seconds (sleep(0): let the other tasks run once)."""
    if delay <= 0:
        await _yield_once()
        return result
    if math.isnan(delay):
        raise ValueError('Invalid delay: NaN (not a number)')
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, waiter, result)
    try:
        return await waiter
    finally:
        timer.cancel()


# --- futures from awaitables ---

def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself, or a task running the coroutine."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._loop_of(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    close_on_error = True
    if not coroutines.iscoroutine(coro_or_future):
        if not inspect.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        async def _wrap_awaitable(awaitable):
            return await awaitable
        coro_or_future = _wrap_awaitable(coro_or_future)
        close_on_error = False
    target = events.get_event_loop() if loop is None else loop
    try:
        return target.create_task(coro_or_future)
    except RuntimeError:
        if close_on_error:
            coro_or_future.close()
        raise


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


# --- gather ---

class _GatheringFuture(futures.Future):
    """gather's outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        self._children, self._cancel_requested = children, False
        futures.Future.__init__(self, loop=loop)

    def cancel(self, msg=None):
        if self.done():
            return False
        hits = [child.cancel(msg=msg) for child in self._children]
        if any(hits):
            self._cancel_requested = True
            return True
        return False


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the awaitables' results, in argument order."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = events._get_running_loop()
    waiter = current_task(loop) if loop is not None else None
    state = {'finished': 0}
    children = []
    by_arg = {}
    already_done = []
    outer = None

    def _done_callback(fut):
        state['finished'] += 1
        if waiter is not None:
            futures.future_discard_from_awaited_by(fut, waiter)
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()     # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(by_arg):
            outcomes = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    outcomes.append(CancelledError('' if msg is None else msg))
                else:
                    exc = child.exception()
                    outcomes.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(outcomes)

    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._loop_of(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            if fut.done():
                already_done.append(fut)
            else:
                if waiter is not None:
                    futures.future_add_to_awaited_by(fut, waiter)
                fut.add_done_callback(_done_callback)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    for early in already_done:
        _done_callback(early)
    return outer


# --- shield ---

def shield(arg):
    """A future that follows arg's outcome but whose cancellation leaves
    arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner        # nothing left to protect
    loop = futures._loop_of(inner)
    outer = loop.create_future()
    waiter = current_task(loop) if loop is not None else None

    def _clear_awaited_by_callback(inner):
        futures.future_discard_from_awaited_by(inner, waiter)

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is None:
                outer.set_result(inner.result())
            else:
                outer.set_exception(exc)

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    if waiter is not None:
        futures.future_add_to_awaited_by(inner, waiter)
        inner.add_done_callback(_clear_awaited_by_callback)
    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer  # cancelling it leaves inner running


# --- submitting a coroutine to a loop ---

def run_coroutine_threadsafe(coro, loop):
    """Runs coro as a task of loop (from its next pass) and returns a
    concurrent.futures.Future that takes the task's outcome.  Here every
    caller is in the loop's own thread: read the future once the loop has
    run the task (or await asyncio.wrap_future of it)."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# --- wait, wait_for ---

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs; (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    elif return_when not in _WAIT_MODES:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    left = [len(fs)]
    me = current_task(loop)

    def _on_completion(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)
        if me is not None:
            futures.future_discard_from_awaited_by(f, me)

    for f in fs:
        f.add_done_callback(_on_completion)
        if me is not None:
            futures.future_add_to_awaited_by(f, me)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
            if me is not None:
                futures.future_discard_from_awaited_by(f, me)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    waiter = events.get_running_loop().create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    me = current_task()
    futures.future_add_to_awaited_by(fut, me)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)
        futures.future_discard_from_awaited_by(fut, me)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout."""
    if timeout is None or timeout > 0:
        from .timeouts import timeout as deadline
        async with deadline(timeout):
            return await fut
    fut = ensure_future(fut)
    if not fut.done():
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    return fut.result()


# --- as_completed ---

class _AsCompletedIterator:
    """Yields the futures in the order they finish (await each one)."""

    def __init__(self, aws, timeout):
        from . import queues
        self._finished = queues.Queue()
        self._timer = None
        loop = events.get_event_loop()
        pending = {ensure_future(aw, loop=loop) for aw in set(aws)}
        self._waiter = current_task()
        for fut in pending:
            fut.add_done_callback(self._on_done)
            futures.future_add_to_awaited_by(fut, self._waiter)
        if pending and timeout is not None:
            self._timer = loop.call_later(timeout, self._on_timeout)
        self._pending = pending
        self._left = len(pending)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._left:
            raise StopAsyncIteration
        self._left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._left:
            raise StopIteration
        self._left -= 1
        return self._wait_for_one(resolve=True)

    def _on_timeout(self):
        for fut in self._pending:
            fut.remove_done_callback(self._on_done)
            futures.future_discard_from_awaited_by(fut, self._waiter)
            self._finished.put_nowait(None)
        self._pending.clear()

    def _on_done(self, fut):
        if not self._pending:
            return
        self._pending.remove(fut)
        futures.future_discard_from_awaited_by(fut, self._waiter)
        self._finished.put_nowait(fut)
        if not self._pending and self._timer is not None:
            self._timer.cancel()

    async def _wait_for_one(self, resolve=False):
        fut = await self._finished.get()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result() if resolve else fut


def as_completed(fs, *, timeout=None):
    """Iterate (or async-iterate) over fs in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expects an iterable of awaitables, not {type(fs).__name__}')
    return _AsCompletedIterator(fs, timeout)

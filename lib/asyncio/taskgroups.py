"""TaskGroup: tasks started together and waited for together; the first
error cancels the rest and every error comes back in one ExceptionGroup."""

__all__ = ('TaskGroup',)

from . import events, futures, tasks
from .exceptions import CancelledError


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...)"""

    def __init__(self):
        self._loop = self._parent_task = None
        self._entered = self._exiting = self._aborting = False
        self._parent_cancel_requested = False
        self._tasks, self._errors = set(), []
        self._base_error = self._on_completed_fut = None

    def __repr__(self):
        text = '<TaskGroup'
        if self._tasks:
            text += f' tasks={len(self._tasks)}'
        if self._errors:
            text += f' errors={len(self._errors)}'
        if self._aborting:
            text += ' cancelling'
        elif self._entered:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        loop = self._loop = self._loop or events.get_running_loop()
        parent = tasks.current_task(loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._parent_task, self._entered = parent, True
        return self

    async def __aexit__(self, et, exc, tb):
        tb = None
        try:
            return await self._finish(et, exc)
        finally:
            self._parent_task = self._errors = self._base_error = None
            exc = None

    async def _wait_children(self, cancelled_by):
        """Wait until every child is done; a cancellation of the body while
        waiting aborts the children.  Returns the CancelledError to pass on."""
        while self._tasks:
            waiter = self._on_completed_fut
            if waiter is None:
                waiter = self._on_completed_fut = self._loop.create_future()
            try:
                await waiter
            except CancelledError as ex:
                if not self._aborting:
                    cancelled_by = ex
                    self._abort()
            self._on_completed_fut = None
        return cancelled_by

    async def _finish(self, et, exc):
        self._exiting = True
        if exc is not None and self._base_error is None and _fatal(exc):
            self._base_error = exc
        body_cancelled = et is not None and issubclass(et, CancelledError)
        cancelled_by = exc if body_cancelled else None
        if et is not None and not self._aborting:
            self._abort()
        cancelled_by = await self._wait_children(cancelled_by)
        fatal = self._base_error
        if fatal is not None:
            try:
                raise fatal
            finally:
                exc = fatal = None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancelled_by = None
        if cancelled_by is not None and not self._errors:
            try:
                raise cancelled_by
            finally:
                exc = cancelled_by = None
        cancelled_by = None
        if et is not None and not body_cancelled:
            self._errors.append(exc)
        if self._errors:
            parent = self._parent_task
            if parent.cancelling():
                parent.uncancel()
                parent.cancel()
            group = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
            try:
                raise group from None
            finally:
                exc = group = None
        return None

    def create_task(self, coro, **kwargs):
        """Start coro as a task of this group."""
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            problem = None
        if problem is not None:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        child = self._loop.create_task(coro, **kwargs)
        futures.future_add_to_awaited_by(child, self._parent_task)
        self._tasks.add(child)
        child.add_done_callback(self._on_task_done)
        try:
            return child
        finally:
            child = None

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        futures.future_discard_from_awaited_by(task, self._parent_task)
        waiter = self._on_completed_fut
        if not self._tasks and waiter is not None and not waiter.done():
            waiter.set_result(True)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if self._base_error is None and _fatal(error):
            self._base_error = error
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{parent} is already completed',
                'exception': error,
                'task': task,
            })
        elif not (self._aborting or self._parent_cancel_requested):
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()

"""TaskGroup: tasks started together and waited for together; the first
error cancels the rest and every error comes back in one ExceptionGroup."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import futures
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...)"""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        words = ['<TaskGroup']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        tb = None
        try:
            return await self._finish(et, exc)
        finally:
            self._parent_task = self._errors = self._base_error = None
            exc = None

    async def _finish(self, et, exc):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        cancelled_by = exc if et is not None and issubclass(et, exceptions.CancelledError) else None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    cancelled_by = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            try:
                raise self._base_error
            finally:
                exc = None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancelled_by = None
        try:
            if cancelled_by is not None and not self._errors:
                try:
                    raise cancelled_by
                finally:
                    exc = None
        finally:
            cancelled_by = None
        if et is not None and not issubclass(et, exceptions.CancelledError):
            self._errors.append(exc)
        if not self._errors:
            return None
        parent = self._parent_task
        if parent.cancelling():
            parent.uncancel()
            parent.cancel()
        try:
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
        finally:
            exc = None

    def create_task(self, coro, **kwargs):
        """Start coro as a task of this group."""
        problem = None
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        if problem is not None:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        task = self._loop.create_task(coro, **kwargs)
        futures.future_add_to_awaited_by(task, self._parent_task)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        try:
            return task
        finally:
            del task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        futures.future_discard_from_awaited_by(task, self._parent_task)
        waiter = self._on_completed_fut
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._base_error is None:
            self._base_error = exc
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{parent} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()

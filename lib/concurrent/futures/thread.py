"""ThreadPoolExecutor: an executor that runs calls in worker threads."""

# Each submit() queues its work item, then starts a worker thread while the
# pool has fewer than max_workers.  cipy runs one thread per interpreter:
# Thread.start() raises RuntimeError("can't start new thread"), which
# submit() lets through, as CPython's does when a thread cannot be made.
# The work item stays queued (shutdown(cancel_futures=True) cancels it).

import itertools
import os
import queue
import threading
import types
import weakref

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed: the pool runs nothing more."""


class WorkerContext:
    """What a worker thread runs its initializer and its tasks in."""

    @classmethod
    def prepare(cls, initializer, initargs):
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        def create_context():
            return cls(initializer, initargs)

        def resolve_task(fn, args, kwargs):
            return (fn, args, kwargs)

        return create_context, resolve_task

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs

    def initialize(self):
        if self.initializer is not None:
            self.initializer(*self.initargs)

    def finalize(self):
        pass

    def run(self, task):
        fn, args, kwargs = task
        return fn(*args, **kwargs)


class _WorkItem:
    """A queued call and the future that takes its outcome."""

    def __init__(self, future, task):
        self.future = future
        self.task = task

    def run(self, ctx):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = ctx.run(self.task)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None     # no cycle through the traceback
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_reference, ctx, work_queue):
    """A worker thread's loop: run queued items until a None arrives while
    the executor is gone or shut down."""
    try:
        ctx.initialize()
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
        executor = executor_reference()
        if executor is not None:
            executor._initializer_failed()
        return
    try:
        while _worker_step(executor_reference, ctx, work_queue):
            pass
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        ctx.finalize()


def _next_item(executor_reference, work_queue):
    """The next queued item; a worker that finds the queue empty counts
    itself idle (so submit() starts no thread) before it blocks."""
    try:
        return work_queue.get_nowait()
    except queue.Empty:
        executor = executor_reference()
        if executor is not None:
            executor._idle_semaphore.release()
        del executor
        return work_queue.get(block=True)


def _worker_step(executor_reference, ctx, work_queue):
    """Runs one queued item; False once the worker should stop."""
    item = _next_item(executor_reference, work_queue)
    if item is not None:
        item.run(ctx)
        return True
    executor = executor_reference()
    if executor is None or executor._shutdown:
        if executor is not None:
            executor._shutdown = True
        work_queue.put(None)        # wakes the next worker, which stops too
        return False
    return True


class ThreadPoolExecutor(_base.Executor):

    BROKEN = BrokenThreadPool

    # Numbers the pools whose threads get the default name prefix.
    _counter = itertools.count().__next__

    @classmethod
    def prepare_context(cls, initializer, initargs):
        return WorkerContext.prepare(initializer, initargs)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=(), **ctxkwargs):
        """A pool of at most max_workers threads (named from
        thread_name_prefix), each running initializer(*initargs) first;
        ctxkwargs go to prepare_context()."""
        if max_workers is None:
            max_workers = min(32, (os.process_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        create_context, resolve_task = type(self).prepare_context(initializer, initargs,
                                                                  **ctxkwargs)
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ('ThreadPoolExecutor-%d' % self._counter()))
        self._create_worker_context = create_context
        self._resolve_work_item_task = resolve_task

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise self.BROKEN(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            task = self._resolve_work_item_task(fn, args, kwargs)
            self._work_queue.put(_WorkItem(f, task))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return      # an idle worker takes the new item

        def weakref_cb(_, q=self._work_queue):
            q.put(None)     # the executor is gone: wake a worker to stop

        count = len(self._threads)
        if count < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, count)
            t = threading.Thread(name=name, target=_worker,
                                 args=(weakref.ref(self, weakref_cb),
                                       self._create_worker_context(),
                                       self._work_queue))
            t.start()
            self._threads.add(t)

    def _drain_queue(self):
        """The work items still queued (taken off the queue)."""
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._drain_queue():
                item.future.set_exception(self.BROKEN(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain_queue():
                    item.future.cancel()
            self._work_queue.put(None)      # wakes a worker to stop
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

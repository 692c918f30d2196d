"""ThreadPoolExecutor, which runs submitted calls on a pool of threads."""

# submit() puts a _WorkItem on the pool's queue and, unless a worker sits
# idle, starts another thread while the pool is below max_workers.  A None
# on the queue tells a worker to check whether the pool is shut down (or
# gone); a worker that stops puts the None back for the next one.
#
# cipy runs one thread per interpreter: Thread.start() raises
# RuntimeError("can't start new thread") and submit() lets it propagate, as
# CPython's does when no thread can be created.  The item stays queued, so
# shutdown(cancel_futures=True) can still cancel it.

import itertools
import os
import queue
import threading
import types
import weakref

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer raised, so the pool accepts no more calls."""


def _as_task(fn, args, kwargs):
    return fn, args, kwargs


class WorkerContext:
    """Where a worker thread runs its calls: here the plain thread itself,
    set up by the pool's initializer before the first call."""

    @classmethod
    def prepare(cls, initializer, initargs):
        """Checks the initializer; returns (a maker of a context for each new
        worker, a function turning fn, args, kwargs into a task for run())."""
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        return (lambda: cls(initializer, initargs)), _as_task

    def __init__(self, initializer, initargs):
        self.initializer, self.initargs = initializer, initargs

    def initialize(self):
        setup = self.initializer
        if setup is not None:
            setup(*self.initargs)

    def finalize(self):
        """Nothing to undo for a plain thread."""

    def run(self, task):
        call, args, kwargs = task
        return call(*args, **kwargs)


class _WorkItem:
    """A queued task together with the future its outcome goes to."""

    def __init__(self, future, task):
        self.future, self.task = future, task

    def run(self, ctx):
        fut = self.future
        if not fut.set_running_or_notify_cancel():
            return
        try:
            value = ctx.run(self.task)
        except BaseException as exc:
            fut.set_exception(exc)
            # The exception's traceback holds this frame: let go of the
            # item and its future so they do not live in a cycle.
            self = fut = None
        else:
            fut.set_result(value)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- the loop each pool thread runs ----

def _worker(pool_ref, ctx, jobs):
    """Sets up ctx, then runs items from the jobs queue until a None tells
    it the pool (reached through the weak reference pool_ref) has ended."""
    if not _set_up(pool_ref, ctx):
        return
    try:
        while _serve_one(pool_ref, ctx, jobs):
            pass
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        ctx.finalize()


def _set_up(pool_ref, ctx):
    """Runs the initializer; if it raises, logs it, breaks the pool and
    returns False."""
    try:
        ctx.initialize()
        return True
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
    pool = pool_ref()
    if pool is not None:
        pool._initializer_failed()
    return False


def _serve_one(pool_ref, ctx, jobs):
    """Runs the next item; False when this worker should stop."""
    item = _take(pool_ref, jobs)
    if item is None:
        return _stays_on(pool_ref, jobs)
    item.run(ctx)
    return True


def _take(pool_ref, jobs):
    """The next queued item.  A worker about to block on an empty queue
    first counts itself idle, so submit() need not start another thread."""
    try:
        return jobs.get_nowait()
    except queue.Empty:
        pass
    pool = pool_ref()
    if pool is not None:
        pool._idle_semaphore.release()
    pool = None             # do not keep the pool alive while blocked
    return jobs.get(block=True)


def _stays_on(pool_ref, jobs):
    """After a None: False (passing the None on) if the pool is gone or
    shut down; True if the wake-up was for something else."""
    pool = pool_ref()
    if pool is not None and not pool._shutdown:
        return True
    if pool is not None:
        pool._shutdown = True
    jobs.put(None)
    return False


def _drain(jobs):
    """Takes every item still on the queue, skipping stop signals."""
    while True:
        try:
            item = jobs.get_nowait()
        except queue.Empty:
            return
        if item is not None:
            yield item


_INITIALIZER_FAILED = ('A thread initializer failed, the thread pool '
                       'is not usable anymore')


class ThreadPoolExecutor(_base.Executor):
    """Runs each submitted call on one of up to max_workers threads."""

    BROKEN = BrokenThreadPool

    # Gives each pool without a thread_name_prefix its own number.
    _counter = itertools.count(0).__next__

    @classmethod
    def prepare_context(cls, initializer, initargs):
        """The (context maker, task maker) pair the pool's workers use;
        subclasses may take extra keyword arguments of the constructor."""
        return WorkerContext.prepare(initializer, initargs)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=(), **ctxkwargs):
        """Makes a pool of up to max_workers threads (by default the CPU
        count plus 4, at most 32), named after thread_name_prefix.  Each
        thread first calls initializer(*initargs); any further keyword
        arguments are passed to prepare_context()."""
        if max_workers is None:
            max_workers = min((os.process_cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        (self._create_worker_context,
         self._resolve_work_item_task) = type(self).prepare_context(
            initializer, initargs, **ctxkwargs)
        self._max_workers, self._work_queue = max_workers, queue.SimpleQueue()
        # Released by each worker that finds the queue empty.
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (
            thread_name_prefix or f'ThreadPoolExecutor-{self._counter()}')

    def submit(self, fn, /, *args, **kwargs):
        """Queues fn(*args, **kwargs) and returns a Future for it."""
        with self._shutdown_lock:
            if self._broken:
                raise self.BROKEN(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            fut = _base.Future()
            task = self._resolve_work_item_task(fn, args, kwargs)
            self._work_queue.put(_WorkItem(fut, task))
            self._adjust_thread_count()
        return fut

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up: no thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        started = len(self._threads)
        if started >= self._max_workers:
            return
        jobs = self._work_queue
        # When the pool is collected, a None wakes a worker to stop.
        pool_ref = weakref.ref(self, lambda _: jobs.put(None))
        worker = threading.Thread(
            name=f'{self._thread_name_prefix or self}_{started}', target=_worker,
            args=(pool_ref, self._create_worker_context(), jobs))
        worker.start()
        self._threads.add(worker)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = _INITIALIZER_FAILED
            for item in _drain(self._work_queue):
                item.future.set_exception(self.BROKEN(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops the pool taking calls; with cancel_futures, cancels queued
        calls not yet started; with wait, joins the worker threads."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in _drain(self._work_queue):
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for worker in self._threads:
                worker.join()

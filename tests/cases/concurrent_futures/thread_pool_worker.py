# lib: futshow
# The worker loop, run here in the main thread: it takes the queued items,
# runs them, and stops at the None that shutdown() queues.
import concurrent.futures as cf
import weakref
from concurrent.futures import thread
from futshow import error, log_to_stdout, state

log_to_stdout()


class Idle(cf.ThreadPoolExecutor):
    def _adjust_thread_count(self):
        pass


def job(n):
    print('  job', n)
    if n == 2:
        raise ValueError(n)
    return n * 3


ex = Idle(1)
fs = [ex.submit(job, n) for n in range(4)]
fs[3].cancel()
fs[0].add_done_callback(lambda f: print('  callback', state(f)))
ex.shutdown(wait=False)
thread._worker(weakref.ref(ex), ex._create_worker_context(), ex._work_queue)
print([state(f) for f in fs])
print(fs[0].result(), repr(fs[2].exception()), ex._idle_semaphore._value)
print(ex._work_queue.qsize(), ex._work_queue.get_nowait())
ex.shutdown()

# a worker whose executor is gone stops at the None too
q = cf.ThreadPoolExecutor(1)._work_queue
ctx = thread.WorkerContext(None, ())
q.put(None)
thread._worker(weakref.ref(Idle(1)), ctx, q)
print(q.qsize())

item = thread._WorkItem(cf.Future(), (divmod, (7, 2), {}))
item.run(ctx)
print(item.future.result(), thread._WorkItem[int])
item = thread._WorkItem(cf.Future(), (divmod, (7, 0), {}))
item.run(ctx)
print(repr(item.future.exception()))
error(item.run, ctx)
print(ctx.initialize(), ctx.finalize(), ctx.run((max, (1, 5), {'key': None})))

# an item that fails outside its call ends the worker, logged
print(q.get_nowait(), q.qsize())
f = cf.Future()
f.set_result(1)
q.put(thread._WorkItem(f, (abs, (1,), {})))
q.put(None)
thread._worker(lambda: None, ctx, q)
print(q.qsize())

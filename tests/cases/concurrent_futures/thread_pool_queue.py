# lib: futshow
# A pool whose threads are never asked for keeps the work queued: the queue
# and shutdown(cancel_futures=True) behave as with threads that are busy.
import concurrent.futures as cf
from futshow import error, state


class Idle(cf.ThreadPoolExecutor):
    def _adjust_thread_count(self):
        print('  (no thread started)')


ex = Idle(2)
fs = [ex.submit(pow, 2, n) for n in range(3)]
print([state(f) for f in fs], ex._work_queue.qsize())
print(fs[1].cancel())
ex.shutdown(wait=False, cancel_futures=True)
print([state(f) for f in fs], ex._work_queue.qsize())
print([f.set_running_or_notify_cancel() for f in fs])
error(ex.submit, abs, 1)

ex = Idle(1)
f = ex.submit(abs, -1)
ex.shutdown()
print(state(f), ex._work_queue.qsize())
f.cancel()
print(state(f))

# lib: futshow
import concurrent.futures as cf
import time
from futshow import error

done = cf.Future()
done.set_result('d')
pending = [cf.Future() for _ in range(3)]
it = cf.as_completed([done] + pending, timeout=0.05)
start = time.monotonic()
print(next(it).result())
try:
    next(it)
except cf.TimeoutError as e:
    print(type(e).__name__, e, e.args, time.monotonic() - start >= 0.04)
print([len(f._waiters) for f in pending], len(done._waiters))
error(next, it)

it = cf.as_completed(pending, timeout=0)
error(next, it)
it = cf.as_completed(pending, timeout=-2)
error(next, it)
# the clock starts at the first next(), not at the call
it = cf.as_completed([done], timeout=0)
time.sleep(0.01)
print([f.result() for f in it])

c = cf.Future()
c.cancel()
it = cf.as_completed([c], timeout=0.01)
error(next, it)                      # cancelled but not notified: still waits
c.set_running_or_notify_cancel()
print([f.cancelled() for f in cf.as_completed([c], timeout=0)])

# lib: futshow
# Instance attribute order, odd return_when values, and the order in which
# a closed map() iterator cancels the futures it still holds.
import concurrent.futures as cf
from concurrent.futures import thread
from futshow import error, no_threads, LaterExecutor

no_threads()
print(list(vars(cf.Future())))
print(list(vars(cf.ThreadPoolExecutor(2))))
print(list(vars(thread.WorkerContext(None, ()))), list(vars(thread._WorkItem(1, 2))))
f = cf.Future()
for how in ('x', None, ('FIRST_COMPLETED',), 3):
    error(cf.wait, [f], 0, how)
done = cf.Future()
done.set_result(1)
error(cf.wait, [done], 0, 'nonsense')

ex = LaterExecutor()
for size in (None, 2):
    it = ex.map(abs, range(4), buffersize=size)
    fs = [q[0] for q in ex.queue]
    for n, g in enumerate(fs):
        g.add_done_callback(lambda g, n=n: print('  ended', n, g.cancelled()))
    ex.run(1)
    print(next(it))
    it.close()
    ex.queue.clear()

# lib: futshow
import concurrent.futures as cf
from futshow import error, no_threads

no_threads()
ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool')
print(ex._max_workers, ex._thread_name_prefix, ex._threads, ex._shutdown, ex._broken)
error(ex.submit, print, 'never printed')
print(ex._work_queue.qsize(), len(ex._threads))
error(ex.submit, print, 'nor this')
print(ex._work_queue.qsize(), len(ex._threads))
error(ex.map, abs, [-1, -2])
error(ex.map, abs, [-1, -2], buffersize=1)
error(ex.submit)
error(ex.submit, fn=print)
print(ex._work_queue.qsize())
ex.shutdown()
print(ex._shutdown, ex._work_queue.qsize())
error(ex.submit, print, 'after')
ex.shutdown(wait=False)
ex.shutdown(cancel_futures=True)
print(ex._work_queue.qsize())
print(ex.map(abs, []).__qualname__)
print(list(ex.map(abs, [])))

with cf.ThreadPoolExecutor(1) as ex2:
    error(ex2.submit, len, 'abc')
print(ex2._shutdown)
try:
    with cf.ThreadPoolExecutor(3) as ex3:
        ex3.submit(len, 'x')
except RuntimeError as e:
    print('with block:', e, ex3._shutdown)

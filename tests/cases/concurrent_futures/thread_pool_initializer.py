# lib: futshow
import concurrent.futures as cf
import weakref
from concurrent.futures import thread
from futshow import error, log_to_stdout, no_threads, state

log_to_stdout()
no_threads()


class Idle(cf.ThreadPoolExecutor):
    def _adjust_thread_count(self):
        pass


def init(*args):
    print('  init', args)
    if args:
        raise OSError('no setup')


ex = Idle(1, initializer=init, initargs=('a',))
fs = [ex.submit(abs, -n) for n in range(2)]
thread._worker(weakref.ref(ex), ex._create_worker_context(), ex._work_queue)
print([state(f) for f in fs], ex._work_queue.qsize())
print(ex._broken)
error(fs[0].result)
print(type(fs[1].exception()).__mro__[1].__name__)
error(ex.submit, abs, 1)
ex.shutdown()

ok = Idle(1, initializer=init)
f = ok.submit(len, 'abcd')
ok.shutdown(wait=False)
thread._worker(weakref.ref(ok), ok._create_worker_context(), ok._work_queue)
print(f.result(), ok._broken)

real = cf.ThreadPoolExecutor(1, initializer=init, initargs=('b',))
error(real.submit, abs, 1)
print(real._broken, real._threads)

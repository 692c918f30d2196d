# lib: futshow
import concurrent.futures as cf
import os
from futshow import error

T = cf.ThreadPoolExecutor
error(T, 0)
error(T, -3)
error(T, 'two')
error(T, initializer=5)
error(T, initializer=print, initargs=(1,), unknown=True)
error(T, 1, '', None, (), 7)
ex = T()
print(ex._max_workers == min(32, (os.process_cpu_count() or 1) + 4))
a, b = T(1), T(1, thread_name_prefix='')
na, nb = (int(e._thread_name_prefix.rsplit('-', 1)[1]) for e in (a, b))
print(a._thread_name_prefix.rsplit('-', 1)[0], nb - na)
print(T(2, 'custom')._thread_name_prefix, T(max_workers=1.5)._max_workers)
print(T(1, initializer=print, initargs=('x',))._work_queue.qsize())
print(T.prepare_context(None, ()) is not None, len(T.prepare_context(None, ())))
error(T.prepare_context, 3, ())


class Picky(T):
    @classmethod
    def prepare_context(cls, initializer, initargs, *, flavour):
        print('prepare', initializer, initargs, flavour)
        return super().prepare_context(initializer, initargs)


Picky(1, flavour='plain')
error(Picky, 1)

# lib: futshow
import concurrent.futures as cf
from futshow import error

ex = cf.Executor()
error(ex.submit, print, 1)
error(ex.submit)
error(ex.submit, fn=print)
print(ex.shutdown(), ex.shutdown(False, cancel_futures=True))
error(ex.shutdown, True, True)
error(ex.map, abs, [1])           # map submits at once


class Recording(cf.Executor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print('shutdown', wait, cancel_futures)


with Recording() as r:
    print(type(r).__name__)
try:
    with Recording():
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e)
print(Recording().__exit__(None, None, None))
print(Recording().__enter__().__class__.__name__)

# The frames a future's failures show: result() (and __get_result for the
# call's own exception), as in CPython.
import concurrent.futures as cf
import traceback


def frames(call):
    try:
        call()
    except BaseException as e:
        print(type(e).__name__, [f.name for f in traceback.extract_tb(e.__traceback__)])


f = cf.Future()
frames(lambda: f.result(0))
frames(lambda: f.exception(0))
f.set_exception(ValueError('boom'))
frames(f.result)
c = cf.Future()
c.cancel()
frames(c.result)
frames(c.exception)
frames(lambda: next(cf.as_completed([cf.Future()], timeout=0)))
f = cf.Future()
f.set_result(1)
frames(lambda: f.set_result(2))


class Later(cf.Executor):
    def submit(self, fn, /, *args):
        return cf.Future()


results = Later().map(abs, [1, 2], timeout=0)
frames(lambda: next(results))
print(results.__qualname__)

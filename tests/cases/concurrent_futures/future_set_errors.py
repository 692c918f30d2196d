# lib: futshow
import concurrent.futures as cf
from futshow import error, log_to_stdout

log_to_stdout()

f = cf.Future()
f.set_result(1)
error(f.set_result, 2)
error(f.set_exception, ValueError())
error(f.set_running_or_notify_cancel)
print(f.result())

g = cf.Future()
g.cancel()
error(g.set_result, 1)
error(g.set_exception, ValueError())
g.set_running_or_notify_cancel()
error(g.set_result, 1)
error(g.set_running_or_notify_cancel)

h = cf.Future()
h.set_running_or_notify_cancel()
error(h.set_running_or_notify_cancel)
h.set_exception(OSError(2, 'gone'))
error(h.set_result, 0)
error(h.result)
print(isinstance(h.exception(), FileNotFoundError))

# set_exception accepts any object; result() then fails raising it
k = cf.Future()
k.set_exception('not an exception')
error(k.result)
print(repr(k.exception()))

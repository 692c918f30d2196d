# lib: futshow
import concurrent.futures as cf
from futshow import error

f = cf.Future()
for t in (0, 0.01, -1):
    error(f.result, t)
    error(f.exception, timeout=t)
f.set_running_or_notify_cancel()
error(f.result, 0.001)
try:
    f.result(timeout=0)
except cf.TimeoutError as e:
    print(type(e) is TimeoutError, e.args, e.__context__)
f.set_exception(ZeroDivisionError('zero'))
for _ in range(2):
    try:
        f.result()
    except ZeroDivisionError as e:
        print('raised the same object:', e is f.exception(), e)
print(f.exception(0) is f.exception(None))

c = cf.Future()
c.cancel()
error(c.result)
error(c.exception, 5)
try:
    c.result()
except cf.CancelledError as e:
    print(repr(e), e.args, isinstance(e, cf.CancelledError), e.__context__)

d = cf.Future()
d.set_result(7)
print(d.result(0), d.result(timeout=-5), d.exception(0))
error(d.result, 'soon')        # a done future never looks at the time-out
e = cf.Future()
error(e.result, 'soon')

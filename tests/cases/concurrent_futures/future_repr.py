# lib: futshow
import concurrent.futures as cf
from futshow import clean


class MyFuture(cf.Future):
    pass


class Quiet(Exception):
    def __bool__(self):
        return False


for make in (cf.Future, MyFuture):
    f = make()
    print(clean(repr(f)))
    f.set_running_or_notify_cancel()
    print(clean(repr(f)))
    f.set_result([1, 2])
    print(clean(repr(f)))

for value in (None, 'x', 3.5, MyFuture(), b''):
    f = cf.Future()
    f.set_result(value)
    print(clean(repr(f)))

for exc in (ValueError('v'), cf.CancelledError(), TimeoutError(), Quiet('q')):
    f = cf.Future()
    f.set_exception(exc)
    print(clean(repr(f)))

f = cf.Future()
f.cancel()
print(clean(repr(f)))
f.set_running_or_notify_cancel()
print(clean(repr(f)))
print(repr(f) == str(f), repr(f).startswith('<Future at 0x'))

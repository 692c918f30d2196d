# lib: futshow
import concurrent.futures as cf
from futshow import state


def show(tag, f):
    print(tag, f._state, state(f), f.running(), f.done(), f.cancelled())


f = cf.Future()
show('new', f)
print(f.set_running_or_notify_cancel())
show('running', f)
print('cancel while running:', f.cancel())
f.set_result(42)
show('finished', f)
print('cancel when finished:', f.cancel(), f.result(), f.exception())

g = cf.Future()
print('cancel:', g.cancel(), g.cancel())
show('cancelled', g)
print('notify:', g.set_running_or_notify_cancel())
show('notified', g)
print('cancel again:', g.cancel())

h = cf.Future()
h.set_exception(KeyError('k'))       # straight from pending
show('raised', h)
print(repr(h.exception()))

i = cf.Future()
i.set_result(None)
show('none', i)
print(type(f).__module__, type(f).__qualname__)

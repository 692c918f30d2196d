# lib: futshow
import concurrent.futures as cf
from futshow import log_to_stdout, state

log_to_stdout()
f = cf.Future()
for n in range(3):
    f.add_done_callback(lambda fut, n=n: print('callback', n, state(fut)))


def broken(fut):
    raise ValueError('callback failed')


f.add_done_callback(broken)
f.add_done_callback(lambda fut: print('after the broken one'))
print('setting')
f.set_result('r')
print('late add')
f.add_done_callback(lambda fut: print('called at once', fut.result()))
f.add_done_callback(broken)

g = cf.Future()
g.add_done_callback(lambda fut: print('cancel callback', state(fut)))
g.cancel()
g.cancel()                    # no second call
g.set_running_or_notify_cancel()
print('notified without calling back')

h = cf.Future()
h.add_done_callback(lambda fut: h.add_done_callback(lambda x: print('nested', state(x))))
h.set_exception(KeyError(1))


def stop(fut):
    raise SystemExit('leaves')


k = cf.Future()
k.add_done_callback(stop)
k.add_done_callback(lambda fut: print('never'))
try:
    k.set_result(1)
except SystemExit as e:
    print('SystemExit', e, state(k))
try:
    k.add_done_callback(stop)
except SystemExit as e:
    print('SystemExit again', e)

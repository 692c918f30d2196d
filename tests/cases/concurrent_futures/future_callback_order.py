# lib: futshow
import concurrent.futures as cf
from futshow import log_to_stdout, state

log_to_stdout()
a, b = cf.Future(), cf.Future()


def chain(fut):
    print('a ended:', state(fut), '-> ending b')
    b.set_result(fut.result() + 1)


a.add_done_callback(chain)
b.add_done_callback(lambda fut: print('b ended:', state(fut), fut.result()))
a.add_done_callback(lambda fut: print('second callback of a'))
a.set_result(1)

# a callback that raises InvalidStateError is logged like any other
c = cf.Future()
c.add_done_callback(lambda fut: fut.set_result('again'))
c.add_done_callback(lambda fut: print('c still', state(fut)))
c.set_result('first')

# the same function twice is called twice; a callback added by a callback
# during the call loop runs too
d = cf.Future()


def twice(fut):
    print('twice', state(fut))


d.add_done_callback(twice)
d.add_done_callback(twice)
d.add_done_callback(lambda fut: fut.add_done_callback(lambda f: print('added late')))
d.cancel()
print(len(d._done_callbacks))

# as_completed sees futures ended by callbacks of others
e = [cf.Future() for _ in range(3)]
e[0].add_done_callback(lambda fut: e[2].set_result('two'))
e[2].add_done_callback(lambda fut: e[1].set_exception(OSError('one')))
e[0].set_result('zero')
print(sorted(repr(f.exception()) if f.exception() else f.result()
             for f in cf.as_completed(e, timeout=1)))

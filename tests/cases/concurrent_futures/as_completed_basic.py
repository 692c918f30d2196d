# lib: futshow
import concurrent.futures as cf
from futshow import InlineExecutor, LaterExecutor

ex = InlineExecutor()
fs = [ex.submit(lambda n: n * n, n) for n in range(5)]
print(sorted(f.result() for f in cf.as_completed(fs)))
print(list(cf.as_completed([])), list(cf.as_completed([fs[0]] * 4)) == [fs[0]])
it = cf.as_completed(fs)
print(type(it).__name__, iter(it) is it)

later = LaterExecutor()
p = [later.submit(str.upper, w) for w in ('one', 'two', 'three')]
it = cf.as_completed(p + fs[:1])
print(next(it).result())
# nothing else is done: run the calls from here, then keep iterating
later.run(1)
print(next(it).result())
later.run()
print([f.result() for f in it])
print([len(f._waiters) for f in p + fs])

# futures ended while the consumer handles each one come in their order
a, b, c = cf.Future(), cf.Future(), cf.Future()
a.set_result('a')
for f in cf.as_completed([a, b, c]):
    print('got', f.result())
    if f is a:
        c.set_result('c')
        b.set_result('b')

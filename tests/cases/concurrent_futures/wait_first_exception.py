# lib: futshow
import concurrent.futures as cf
from futshow import LaterExecutor

ex = LaterExecutor()
fs = [ex.submit(lambda n: 10 // n, n) for n in (5, 2, 0, 1)]
names = {f: 'f%d' % i for i, f in enumerate(fs)}


def show(tag, res):
    print(tag, sorted(names[f] for f in res.done), sorted(names[f] for f in res.not_done))


show('nothing:', cf.wait(fs, timeout=0.01, return_when=cf.FIRST_EXCEPTION))
ex.run(2)
show('two results:', cf.wait(fs, timeout=0.01, return_when=cf.FIRST_EXCEPTION))
ex.run(1)
show('an exception:', cf.wait(fs, return_when=cf.FIRST_EXCEPTION))
print(repr(fs[2].exception()))

# a cancelled future is no exception
g = [cf.Future(), cf.Future()]
g[0].cancel()
g[0].set_running_or_notify_cancel()
res = cf.wait(g, timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done), res.done == {g[0]})
g[1].set_result(0)
res = cf.wait(g, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))

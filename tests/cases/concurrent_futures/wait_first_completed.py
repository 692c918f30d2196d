# lib: futshow
import concurrent.futures as cf
from futshow import LaterExecutor

ex = LaterExecutor()
fs = [ex.submit(pow, 2, n) for n in range(4)]
names = {f: 'f%d' % i for i, f in enumerate(fs)}


def show(tag, res):
    print(tag, sorted(names[f] for f in res.done), sorted(names[f] for f in res.not_done),
          type(res).__name__)


show('none done:', cf.wait(fs, timeout=0.01, return_when=cf.FIRST_COMPLETED))
ex.run(1)
show('one done:', cf.wait(fs, return_when=cf.FIRST_COMPLETED))
show('one done, timeout 0:', cf.wait(fs, 0, cf.FIRST_COMPLETED))
show('only pending:', cf.wait(fs[2:], timeout=0, return_when=cf.FIRST_COMPLETED))
ex.run()
res = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
show('all done:', res)
done, not_done = res
print(sorted(f.result() for f in done), not_done == set(), res.done is done)
print([len(f._waiters) for f in fs])

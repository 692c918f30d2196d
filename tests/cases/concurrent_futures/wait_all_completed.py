# lib: futshow
import concurrent.futures as cf
import time
from futshow import InlineExecutor, LaterExecutor

ex = InlineExecutor()
fs = [ex.submit(str, n) for n in range(3)] + [ex.submit(int, 'x')]
res = cf.wait(fs)
print(len(res.done), res.not_done, sorted(repr(f.exception()) for f in res.done))
print(cf.wait([]), cf.wait(iter([])), cf.wait(fs[:1] * 3).done == {fs[0]})

later = LaterExecutor()
p = [later.submit(len, 'ab'), later.submit(len, 'abc')]
start = time.monotonic()
res = cf.wait(p + fs, timeout=0.05)
waited = time.monotonic() - start
print(len(res.done), len(res.not_done), res.not_done == set(p), waited >= 0.04)
later.run()
res = cf.wait(p + fs, timeout=0.05)
print(len(res.done), len(res.not_done), sorted(f.result() for f in p))

# lib: futshow
import concurrent.futures as cf
from futshow import error

f = cf.Future()
d = cf.Future()
d.set_result(1)
error(cf.wait, [f], 0, 'SOMETIMES')
error(cf.wait, [f], 0, None)
error(cf.wait, [d], 0, 'SOMETIMES')        # all done: answered before the check
error(cf.wait, [], return_when=17)
error(cf.wait, 5)
error(cf.wait, None)
error(cf.wait, [1, 2])
error(cf.wait, [f, 'x'], 0)
error(cf.wait, [[]])
error(cf.wait, [f], 'later')
error(cf.wait, [f], -1)
print(len(f._waiters), len(d._waiters))
error(cf.wait, [f], timeout=0, bogus=1)
error(cf.wait)

# lib: futshow
import concurrent.futures as cf
from futshow import error

it = cf.as_completed(5)              # nothing checked until iterated
print(type(it).__name__)
error(next, it)
error(next, cf.as_completed(None))
error(next, cf.as_completed([1]))
error(next, cf.as_completed([cf.Future()], timeout='x'))
error(list, cf.as_completed([], timeout='x'))
error(cf.as_completed)

f, g = cf.Future(), cf.Future()
f.set_result(1)
it = cf.as_completed([f, g])
print(next(it) is f, len(f._waiters), len(g._waiters))
it.close()
print(len(f._waiters), len(g._waiters))
error(next, it)

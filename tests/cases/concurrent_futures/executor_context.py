# lib: futshow
import concurrent.futures as cf
from futshow import InlineExecutor, LaterExecutor, error

with InlineExecutor() as ex:
    print(list(ex.map(divmod, [7, 9], [2, 4])))
    f = ex.submit(sorted, 'cab', reverse=True)
    print(f.result(), f.done(), f.running())
    g = ex.submit(lambda: {}['missing'])
    error(g.result)
    print(type(g.exception()).__name__)
    # the positional-only fn lets the call take an 'fn' keyword
    print(ex.submit(dict, fn=1).result())

with LaterExecutor() as later:
    fs = [later.submit(str, n) for n in range(3)]
    fs[1].cancel()
    later.run()
print([f.result() if not f.cancelled() else 'cancelled' for f in fs])
try:
    with LaterExecutor() as later:
        later.submit(print, 'never run')
        raise LookupError('body failed')
except LookupError as e:
    print('LookupError', e, later.closed, len(later.queue))
error(later.submit, print)

# cwd: tmp
# os.walk bottom-up, onerror, and symbolic links with and without followlinks.
import os

for d in ['t/x/y', 't/z']:
    os.makedirs(d)
os.close(os.open('t/x/y/leaf', os.O_CREAT | os.O_WRONLY))
os.symlink('../x', 't/z/tox')
results = list(os.walk('t', topdown=False))
print(sorted((p, sorted(d), sorted(f)) for p, d, f in results))
order = [p for p, d, f in results]
print(order.index('t/x/y') < order.index('t/x') < order.index('t'), order[-1])
print(sorted(p for p, d, f in os.walk('t', followlinks=True)))
print(sorted(p for p, d, f in os.walk('t', topdown=False, followlinks=True)))
errors = []
print(list(os.walk('missing', onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors])
def boom(err):
    raise RuntimeError('from onerror: ' + err.strerror)
try:
    list(os.walk('missing', onerror=boom))
except RuntimeError as e:
    print(e)

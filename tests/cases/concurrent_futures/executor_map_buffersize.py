# lib: futshow
import concurrent.futures as cf
from futshow import InlineExecutor, LaterExecutor, error

ex = InlineExecutor()
for bad in ('2', 1.5, 0, -1, None.__class__):
    error(ex.map, abs, [1], buffersize=bad)
print(ex.calls)
error(ex.map, abs, 5, buffersize=0)        # the buffer size is checked first
print(list(ex.map(abs, [-1, -2], buffersize=True)))

results = ex.map(lambda x: x * 10, range(6), buffersize=2)
print('submitted before iterating:', ex.calls)
for value in results:
    print(value, ex.calls)

later = LaterExecutor()
results = later.map(str, iter(range(5)), buffersize=3)
print('queued', len(later.queue))
later.run()
print(next(results), 'queued', len(later.queue))
later.run()
print(next(results), next(results), 'queued', len(later.queue))
later.run()
print(list(results), 'queued', len(later.queue))


def numbers():
    for n in range(4):
        print('  produced', n)
        yield n


results = ex.map(abs, numbers(), buffersize=1)
print('first', next(results))
print('rest', list(results))
print(list(ex.map(pow, [1, 2, 3], [1, 2], buffersize=10)))

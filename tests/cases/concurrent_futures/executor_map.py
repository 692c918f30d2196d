# lib: futshow
import concurrent.futures as cf
from futshow import InlineExecutor, LaterExecutor, error

ex = InlineExecutor()
print(list(ex.map(pow, [2, 3, 4], [5, 6])), ex.calls)
print(list(ex.map(str)), list(ex.map(len, [])))
print(list(ex.map(abs, range(-3, 1), chunksize=5)), list(ex.map(abs, [-1], chunksize=0)))
results = ex.map(lambda x: 10 // x, [5, 0, 2])
print(type(results).__name__, ex.calls)      # all submitted already
print(next(results))
error(next, results)
error(next, results)
error(ex.map, abs, 5)
error(ex.map, abs, [1], timeout=None, bogus=2)
error(ex.map)

later = LaterExecutor()
results = later.map(str.title, ['ab', 'cd', 'ef'])
print(len(later.queue))
later.run()
print(list(results))

# abandoning the iterator cancels the futures it still holds
results = later.map(len, ['x', 'yy', 'zzz'])
kept = [f for f, *_ in later.queue]
later.run(1)
print(next(results))
results.close()
print([f.cancelled() for f in kept])
later.run()

# kde and kde_random refuse empty data, bad bandwidths and unknown kernels.
import statistics

for f in (statistics.kde, statistics.kde_random):
    for args, kwargs in ((([], 1), {}), ((['a'], 1), {}), (([1], 0), {}),
                         (([1], -1.5), {}), (([1], 1, 'bad'), {}),
                         (([1], 1, None), {}), ((iter([1, 2]), 1), {}),
                         (([None, 1], 1), {}), (([1], 1), {'kernel': 'Normal'})):
        try:
            print(f(*args, **kwargs).__doc__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(statistics.kde([1], 2.5).__doc__, statistics.kde([1.5], 1, 'cosine', cumulative=True).__doc__)
print(statistics.kde([True], 1)(1))

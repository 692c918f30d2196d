# harmonic_mean's errors: empty data, negative values, weights that do not fit.
import statistics

for args in (([],), ([-1],), ([1, -2],), (['a'],), ([None],), ([1, 2], [1]),
             ([1, 2], [1, -1]), ([1, 2], [0, 0]), ([-1, 2], [1, 1]),
             ([1, 'a'],), (iter([]),), ([1j],)):
    try:
        print(statistics.harmonic_mean(*args))
    except Exception as e:
        print(type(e).__name__, e)

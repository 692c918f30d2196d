# correlation: Pearson's (linear) and Spearman's (ranked) coefficients.
import random
import statistics

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.correlation(x, x), statistics.correlation(x, y))
print(statistics.correlation([1, 2, 3, 1, 2, 3, 1, 2, 3], x))
orbital_period = [88, 225, 365, 687, 4331, 10_756, 30_687, 60_190]
dist_from_sun = [58, 108, 150, 228, 778, 1_400, 2_900, 4_500]
print(statistics.correlation(orbital_period, dist_from_sun, method='ranked'))
print(statistics.correlation(orbital_period, dist_from_sun))
print(statistics.correlation([1, 2, 2, 3, 3, 3], [6, 5, 5, 4, 2, 1], method='ranked'))
print(statistics.correlation([1e200, 2e200, 3.5e200], [1e-200, 3e-200, 2e-200]))
print(statistics.correlation([1e-100, 2e-100, 3.5e-100], [1e-100, 3e-100, 2e-100]))
r = random.Random(4321)
for _ in range(40):
    n = r.randint(2, 15)
    a = [r.gauss(0, 1) for _ in range(n)]
    b = [ai * r.uniform(-2, 2) + r.random() for ai in a]
    print(statistics.correlation(a, b).hex(),
          statistics.correlation(a, b, method='ranked').hex())
for args, kwargs in ((([1], [2]), {}), (([1], [2, 3]), {}),
                     (([1, 1], [2, 3]), {}), (([1, 2], [3, 3]), {'method': 'ranked'}),
                     (([1, 2], [3, 4]), {'method': 'x'}), (([1], [2]), {'method': 'x'}),
                     (([1, 2], [3, 4], 'ranked'), {})):
    try:
        print(statistics.correlation(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

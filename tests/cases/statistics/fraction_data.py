# Fractions all the way through: exact means, variances and medians.
import statistics
from fractions import Fraction as F

data = [F(1, 3), F(2, 7), F(5, 11), F(-3, 4), F(13, 5)]
for f in (statistics.mean, statistics.median, statistics.median_low,
          statistics.median_high, statistics.variance, statistics.pvariance,
          statistics.harmonic_mean if False else statistics.mode):
    print(f.__name__, repr(f(data)))
print(repr(statistics.stdev(data)), repr(statistics.pstdev(data)))
print(repr(statistics.variance(data, F(1, 2))), repr(statistics.pvariance(data, 0)))
print(repr(statistics.fmean(data)), repr(statistics.geometric_mean([F(1, 2), F(8)])))
print(repr(statistics.harmonic_mean([F(1, 3), F(2, 7), F(5, 11)])))
print(statistics.quantiles(data, n=3))
print(statistics.quantiles(data, n=3, method='inclusive'))
print(repr(statistics.mean([F(10**50, 3), F(1, 10**50)])))

# Decimal data: exact averages and spread in the current context.
import random
import statistics
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

names = ['mean', 'median', 'median_low', 'median_high', 'variance', 'pvariance',
         'stdev', 'pstdev', 'harmonic_mean', 'geometric_mean', 'fmean', 'mode',
         'multimode', 'quantiles', 'median_grouped']
sets = [[D("0.5"), D("0.75"), D("0.625"), D("0.375")],
        [D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")],
        [D(1), D(2), D(3)], [D(1), 2, 3], [D('1e-30'), D('3e30')],
        [D('Infinity'), D(1)], [D('NaN'), D(1)], [D(1), 1.5], [D(1), F(1, 2)],
        [D('2.5')], [D('-1'), D('4')]]
r = random.Random(5)
for _ in range(20):
    sets.append([D(r.randint(-10**6, 10**6)).scaleb(-r.randint(0, 8))
                 for _ in range(r.randint(2, 9))])
for data in sets:
    for name in names:
        try:
            print(name, repr(getattr(statistics, name)(data)))
        except TypeError as e:
            # "don't know how to coerce X and Y": CPython names the two
            # types in the order of a set of types, which is not stable.
            print(name, 'TypeError')
        except Exception as e:
            print(name, type(e).__name__, e)
    with localcontext() as ctx:
        ctx.prec = 5
        for name in ('stdev', 'pstdev', 'mean', 'variance'):
            try:
                print('prec5', name, repr(getattr(statistics, name)(data)))
            except TypeError:
                print('prec5', name, 'TypeError')
            except Exception as e:
                print('prec5', name, type(e).__name__, e)
for data in sets[:3]:
    print(statistics.stdev(data, data[0]), statistics.variance(data, D('0.1')))

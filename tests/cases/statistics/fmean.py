# fmean: float results, weights, iterators and errors.
import math
import statistics
from fractions import Fraction as F

print(statistics.fmean([3.5, 4.0, 5.25]))
print(statistics.fmean([1, 2, 4]))
print(statistics.fmean(iter([1, 2, 4])))
print(statistics.fmean(x * 0.1 for x in range(11)))
print(statistics.fmean([F(1, 3), F(2, 3)]))
try:
    print(statistics.fmean([1e308, 1e308]))
except OverflowError as e:
    print('OverflowError', e)
print(statistics.fmean([0.1] * 10))
print(statistics.fmean([math.inf, 1]))
try:
    print(statistics.fmean([math.inf, -math.inf]))
except ValueError as e:
    print('ValueError', e)
print(statistics.fmean([-0.0]))
print(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.fmean([1, 2, 3], weights=iter([3, 2, 1])))
print(statistics.fmean(iter([1, 2, 3]), weights=(1, 1, 2)))
print(statistics.fmean([10**20, 1], weights=[1, 10**20]))
for args in (([],), (iter([]),), ([1, 2], [1]), ([1, 2], [1, -1]),
             ([1, 2], [0, 0]), (['a'],), ([1, 2], ['x', 'y']), (5,),
             ([1], [1, 2, 3])):
    try:
        print(statistics.fmean(*args))
    except Exception as e:
        print(type(e).__name__, e)

# mean keeps the type of its data: ints, floats, Fractions, bools and mixes.
import statistics
from fractions import Fraction as F

for data in ([1, 2, 3, 4, 4], [1, 2], [True, False, True], [2.5, 3.25, 5.75],
             [F(3, 7), F(1, 21), F(5, 3), F(1, 3)], [1, F(1, 3)],
             [1, F(1, 3), 2.0], [1.0, F(1, 2), True], [10**30, 10**30 + 1],
             [-5], [0.1] * 10, [1e308, 1e308], [-0.0], [0.0, -0.0],
             range(1, 101), iter([3, 4, 5]), (x / 7 for x in range(9)),
             [F(1, 3)] * 3, [2**200, 3**100, 5**50]):
    r = statistics.mean(data)
    print(type(r).__name__, repr(r))

class MyFloat(float):
    pass

r = statistics.mean([MyFloat(1.5), 2, F(1, 2)])
print(type(r).__name__, r)
r = statistics.mean([1.5, MyFloat(2.5)])
print(type(r).__name__, r)

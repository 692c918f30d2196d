# Mixing data types: which type the result takes, and which mixes fail.
import statistics
from fractions import Fraction as F

class MyInt(int):
    pass

class MyFraction(F):
    pass

for data in ([1, 2.0], [2.0, 1], [F(1, 2), 1.5], [1.5, F(1, 2)], [True, 2],
             [MyInt(3), 4], [4, MyInt(3)], [MyInt(1), 2.5], [MyFraction(1, 2), F(1, 3)],
             [F(1, 3), MyFraction(1, 2)], [MyInt(1), MyInt(2)], [MyFraction(1, 2), 1.0]):
    r = statistics.mean(data)
    v = statistics.variance(data)
    print(type(r).__name__, repr(r), type(v).__name__, repr(v))

class A(float):
    pass

class B(float):
    pass

for data in ([A(1), B(2)], [B(1), A(2), 1]):
    try:
        print(statistics.mean(data))
    except Exception as e:
        print(type(e).__name__)

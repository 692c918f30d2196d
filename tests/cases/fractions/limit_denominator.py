# limit_denominator against many values and limits.
from fractions import Fraction as F

print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100))
print(F(4321, 8765).limit_denominator(10000), F(-7, 3).limit_denominator(2), F(1, 3).limit_denominator())
pi = F(3141592653589793, 10**15)
for m in (1, 2, 3, 6, 7, 8, 56, 57, 106, 113, 1000, 33102, 10**6):
    print(m, pi.limit_denominator(m), (-pi).limit_denominator(m))
seed = 12345
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    num = seed % 100000 - 50000
    seed = (seed * 1103515245 + 12345) % 2**31
    den = seed % 99999 + 1
    seed = (seed * 1103515245 + 12345) % 2**31
    m = seed % 500 + 1
    print(num, den, m, F(num, den).limit_denominator(m))
print(F(1, 2).limit_denominator(2), F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1), F(7, 2).limit_denominator(1))

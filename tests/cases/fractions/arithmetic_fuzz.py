# Seeded random arithmetic on fractions, checked against exact results.
import random
from fractions import Fraction as F

r = random.Random(5)
acc = F(0)
for i in range(2000):
    a = F(r.randint(-10**6, 10**6), r.randint(1, 10**6))
    b = F(r.randint(-10**4, 10**4) or 1, r.randint(1, 10**4))
    op = r.randrange(6)
    if op == 0:
        acc += a * b
    elif op == 1:
        acc -= a / b
    elif op == 2:
        acc += a // b
    elif op == 3:
        acc += a % b
    elif op == 4:
        acc = (acc + a).limit_denominator(10**12)
    else:
        acc += b ** r.randint(-3, 3)
    if i % 250 == 0:
        print(i, acc, hash(acc), float(acc), round(acc, 3), format(acc, ".15g"))
print(acc.numerator % 10**9, acc.denominator % 10**9, acc.denominator.bit_length())

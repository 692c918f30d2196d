# Seeded random fractions through random float-style format specifications.
import random
from fractions import Fraction as F

r = random.Random(404)
for _ in range(600):
    num = r.choice([0, 1, -1, r.randint(-10**6, 10**6), r.randint(-10**30, 10**30)])
    den = r.choice([1, 2, 3, 7, 8, 10**r.randint(0, 12), r.randint(1, 10**9)])
    kind = r.choice("eEfFgG%")
    spec = (r.choice(["", "<", ">", "^", "=", "*^", "0="]) + r.choice(["", "+", "-", " "]) + r.choice(["", "z"]) +
            r.choice(["", "#"]) + r.choice(["", "0"] if True else [""]) + r.choice(["", "1", "12", "25"]) +
            r.choice(["", ",", "_"]) + r.choice(["", ".0", ".1", ".3", ".12", ".25", "._", ".4_", ".7,"]) + kind)
    try:
        print(num, den, repr(spec), repr(format(F(num, den), spec)))
    except ValueError as e:
        print(num, den, repr(spec), "ValueError", e)

# randint's errors.
import random

class I(int):
    def __index__(self):
        return 4

class J:
    def __index__(self):
        return 4

r = random.Random(3)
for args in ((5, 1), (True, 0), (1.5, 0), (5, 1.5), (5, "x"), (2**100, 1), (I(9), I(2)), (J(), 1), (None, 3)):
    try:
        print(r.randint(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in ((1,), (1, 2, 3), ()):
    try:
        r.randint(*args)
    except TypeError as e:
        print(e)

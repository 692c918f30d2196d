# getrandbits' argument errors.
import random

r = random.Random(1)
for k in (-1, -2**70, 2**70, 2.0, "3", None):
    try:
        print(r.getrandbits(k))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in ((), (1, 2)):
    try:
        r.getrandbits(*args)
    except TypeError as e:
        print(e)
try:
    r.getrandbits(k=3)
except TypeError as e:
    print(e)

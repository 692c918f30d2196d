# A version-2 state (Python 2's) takes its words modulo 2**32.
import random

r = random.Random(11)
words = r.getstate()[1]
neg = tuple(w - 2**32 if w > 2**31 else w for w in words[:-1]) + (words[-1],)
r2 = random.Random()
r2.setstate((2, neg, None))
print(r2.random() == r.random())
try:
    r2.setstate((2, ("x",) * 625, None))
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    r2.setstate((2, (1.5,) * 625, None))
except Exception as e:
    print(type(e).__name__, e)

# randbytes for several sizes, and its errors.
import random

r = random.Random(55)
for n in (0, 1, 2, 3, 4, 5, 8, 9, 31, 100):
    print(n, r.randbytes(n).hex())
for bad in (-1, 2.0, "3", None):
    try:
        r.randbytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
r.seed(1)
a = r.randbytes(16)
r.seed(1)
print(a == r.getrandbits(128).to_bytes(16, "little"))

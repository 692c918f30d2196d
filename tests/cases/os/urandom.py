# urandom: sizes, types, argument errors.
import os

for n in (0, 1, 7, 64, 1000, 65536):
    b = os.urandom(n)
    print(n, type(b).__name__, len(b))
print(len(set(os.urandom(16) for _ in range(20))))
for bad in (-1, 'x', 1.0, None):
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

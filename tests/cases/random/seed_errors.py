# Seeds of other types are refused with 3.14's message.
import random

r = random.Random()
for seed in ([1], (1, 2), {1: 2}, object(), 1j, range(3), frozenset()):
    try:
        r.seed(seed)
        print("accepted", type(seed).__name__)
    except TypeError as e:
        print(type(seed).__name__, "->", e)
try:
    random.Random([1, 2])
except TypeError as e:
    print(e)
try:
    r.seed(bytearray(b"x"), version=1)
except TypeError as e:
    print("v1 bytearray:", e)
try:
    r.seed(1, 2, 3)
except TypeError as e:
    print(e)
r.seed(5, version=99)
print(r.random())

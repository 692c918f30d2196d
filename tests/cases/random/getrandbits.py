# getrandbits for every width up to 200 bits and some large ones.
import random

r = random.Random(2024)
print([r.getrandbits(k) for k in range(0, 70)])
print([r.getrandbits(k) for k in range(70, 200, 7)])
big = r.getrandbits(10000)
print(big.bit_length() <= 10000, big % 1000000007)
print(r.getrandbits(1), r.getrandbits(True))
class K:
    def __index__(self):
        return 12
print(r.getrandbits(K()))

# The module's constants and documentation.
import random

print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF)
print(random.Random.VERSION)
print(random.__doc__)
print(random.Random.__doc__)
print(random.Random.__mro__)
print(random.SystemRandom.__mro__)
print([n for n in random.__all__ if not hasattr(random, n)])

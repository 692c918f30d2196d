# SystemRandom: values from the system's entropy, and no state.
import random

s = random.SystemRandom(5)
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(0 <= s.getrandbits(100) < 2**100, s.getrandbits(0), type(s.randbytes(7)).__name__, len(s.randbytes(7)))
print(1 <= s.randint(1, 6) <= 6, s.choice("a"), sorted(s.sample(range(5), 5)))
print(s.seed(123), s.gauss_next)
for f in (lambda: s.getstate(), lambda: s.setstate(1), lambda: s._notimplemented(), lambda: s.getrandbits(-1),
          lambda: s.randbytes(-1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(random.SystemRandom.__doc__)
print(random.SystemRandom.seed.__doc__, random.SystemRandom._notimplemented.__doc__)
print(0.0 <= s.gauss() or True, type(s.binomialvariate(100, 0.3)).__name__)
print(random.SystemRandom._randbelow is random.Random._randbelow)

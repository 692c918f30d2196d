# Without getrandbits(), a range of 2**53 or more gives a warning.
import random
import warnings

class Half(random.Random):
    def random(self):
        return 0.5

h = Half()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(h.randrange(2**60), h._randbelow(2**53), h.randrange(2**53 - 1))
for w in caught:
    print(w.category.__name__, repr(str(w.message)))

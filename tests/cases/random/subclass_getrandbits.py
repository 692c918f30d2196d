# A subclass with its own getrandbits(): randrange and friends call it.
import random

class Counting(random.Random):
    def getrandbits(self, k):
        self.asked.append(k)
        return super().getrandbits(k)

c = Counting(5)
c.asked = []
print(c.randrange(1000), c.randint(1, 3), c.choice("abc"), c.randrange(2**70))
print(c.asked)
c.asked = []
x = list(range(10))
c.shuffle(x)
print(x, c.asked)
c.asked = []
print(c.sample(range(50), 3), c.asked)
print(c.randbytes(3), c.asked[-1])
print(c.random() == random.Random(5).random() or "stream differs as expected")

class Fixed(random.Random):
    def random(self):
        return 0.25
    def getrandbits(self, k):
        return (1 << k) - 1 if k > 2 else 1

f = Fixed()
print(f._randbelow(2), f.randrange(3), f.choice("xyz"))

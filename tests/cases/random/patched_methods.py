# getrandbits or _randbelow replaced on an instance or on the class after
# the fact: the integer methods call the replacement.
import random

r = random.Random(10)
asked = []

def bits(k):
    asked.append(k)
    return 0

r.getrandbits = bits
print(r.randint(1, 6), r.randrange(100), r.choice("abc"), asked)
del r.getrandbits
print(r.randint(1, 6) == random.Random(10).randint(1, 6))
r._randbelow = lambda n: n - 1
print(r.randint(1, 6), r.randrange(3, 9), r.choice("abc"))
x = [1, 2, 3]
r.shuffle(x)
print(x)
del r._randbelow

class Sub(random.Random):
    pass

s = Sub(4)
first = s.randint(1, 10**6)
Sub.getrandbits = lambda self, k: 1
print(first, s.randint(1, 10), s.randrange(7), s.choice("xyz"))
del Sub.getrandbits
print(s.randint(1, 10**6) == Sub(4).randint(1, 10**6) or "state moved on")

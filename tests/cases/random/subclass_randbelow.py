# A subclass with its own _randbelow, and classes deriving from it.
import random

class Own(random.Random):
    def _randbelow(self, n):
        print("own", n)
        return n - 1

class Child(Own):
    def random(self):
        return 0.5

class Other(Child):
    def getrandbits(self, k):
        return 0

for cls in (Own, Child, Other):
    g = cls(1)
    print(cls.__name__, cls._randbelow.__name__, g.randrange(10), g.randint(1, 5), g.choice("abc"))
    x = [1, 2, 3]
    g.shuffle(x)
    print(x, g.sample("abcd", 2))

class Plain(random.Random):
    pass

print(Plain._randbelow is random.Random._randbelow, Plain(3).randint(1, 100) == random.Random(3).randint(1, 100))

class KW(random.Random, flavour="x"):
    pass

print(KW(2).random() == random.Random(2).random())

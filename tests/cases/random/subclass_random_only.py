# A subclass overriding random() but not getrandbits(): integers are then
# made from random() alone, by scaling and rejection.
import random

class Scripted(random.Random):
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)
    def random(self):
        return self.values.pop(0)

print(Scripted._randbelow.__name__, random.Random._randbelow.__name__ if False else "")
s = Scripted([0.5, 0.25, 0.999, 0.1, 0.7, 0.3, 0.9999999999999999, 0.2, 0.0, 0.6])
print(s._randbelow(10), s.randrange(3), s.randint(1, 6), s.choice("abcdefg"))
s = Scripted([0.9999999999999999, 0.42, 0.75, 0.75, 0.5])
print(s._randbelow(3), s._randbelow(7))
s = Scripted([0.3] * 10)
x = list(range(5))
s.shuffle(x)
print(x, s.sample(range(20), 2), len(s.values))

class Half(random.Random):
    def random(self):
        return 0.5

h = Half(1)
print(h._randbelow(10), h.randrange(100), h.randint(1, 10**6), h.choice(range(99)))
print(h.getrandbits(8) == random.Random(1).getrandbits(8))
try:
    h._randbelow(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

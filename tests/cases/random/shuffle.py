# shuffle of lists of several sizes, of a bytearray, and its errors.
import random

r = random.Random(42)
for n in (0, 1, 2, 3, 10, 100):
    x = list(range(n))
    r.shuffle(x)
    print(x if n <= 10 else sum(i * v for i, v in enumerate(x)))
b = bytearray(b"abcdefgh")
r.shuffle(b)
print(b)

class Seq:
    def __init__(self):
        self.items = list("xyzw")
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v

s = Seq()
r.shuffle(s)
print(s.items)
for bad in ((1, 2, 3), "abc", 5):
    try:
        r.shuffle(bad)
    except TypeError as e:
        print(e)
print(r.shuffle([1]))

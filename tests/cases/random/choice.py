# choice over lists, tuples, strings, ranges, and sequences of our own.
import random

r = random.Random(1234)
print([r.choice([10, 20, 30]) for _ in range(10)])
print("".join(r.choice("abcdefghij") for _ in range(30)))
print([r.choice(range(10**12)) for _ in range(3)])
print([r.choice((None, True, 1.5)) for _ in range(5)])
print(r.choice({0: "zero", 1: "one"}))

class Seq:
    def __len__(self):
        return 7
    def __getitem__(self, i):
        return i * i

print([r.choice(Seq()) for _ in range(8)])
for empty in ([], "", (), range(0), {}):
    try:
        r.choice(empty)
    except IndexError as e:
        print(type(empty).__name__, e)
for bad in (5, None, {1, 2}):
    try:
        r.choice(bad)
    except Exception as e:
        print(type(e).__name__, e)

# randrange with one, two and three arguments, positive and negative steps.
import random

r = random.Random(5)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(1) for _ in range(3)])
print([r.randrange(-10, 10) for _ in range(15)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -3) for _ in range(10)])
print([r.randrange(5, 6, 100) for _ in range(3)])
print([r.randrange(-2**40, 2**40) for _ in range(5)])
print([r.randrange(2**64) for _ in range(5)])
print([r.randrange(10**50, 10**51, 10**40 + 3) for _ in range(3)])
print(r.randrange(start=3, stop=30, step=3), r.randrange(7, step=1), r.randrange(3, None, 1))
print(r.randrange(True), r.randrange(False, True), r.randrange(0, 10, True))

# gauss() keeps its second value; seed() and setstate() reset or restore it.
import random

r = random.Random(4)
a, b = r.gauss(), r.gauss()
print(a, b, r.gauss_next)
first = r.gauss()
print(first, r.gauss_next is not None)
r.seed(4)
print(r.gauss_next, r.gauss() == a)
r.gauss_next = 100.0
print(r.gauss(), r.gauss(10, 0))
state = r.getstate()
print(state[2])
r.gauss()
r.setstate(state)
print(r.gauss_next == state[2])
r.gauss_next = None
print(r.normalvariate(), r.gauss_next)

# copy, deepcopy and __reduce__ carry the state.
import copy
import random

r = random.Random(1)
r.random()
r.gauss()
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c.random() == r.random() == d.random(), c.gauss_next == d.gauss_next)
red = r.__reduce__()
print(red[0], red[1], red[2][0], len(red[2][1]))
print(r.__getstate__() == r.getstate())
n = random.Random()
n.__setstate__(r.getstate())
print(n.random() == r.random())

# getstate/setstate round trips, across instances and mid-stream.
import random

r = random.Random(31337)
r.random()
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b)
other = random.Random()
other.setstate(state)
print(other.random() == a[0])
r.gauss()
state = r.getstate()
print(type(state[2]).__name__)
x = r.gauss()
r.setstate(state)
print(r.gauss() == x)
random.seed(8)
s = random.getstate()
first = random.random()
random.setstate(s)
print(random.random() == first)
print(random.Random(0).getstate()[1][:5])

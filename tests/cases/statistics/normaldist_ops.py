# NormalDist arithmetic, comparison, hashing and copying.
import copy
from statistics import NormalDist

a = NormalDist(10, 3)
b = NormalDist(4, 4)
print(a + b, a - b, b - a, a + 5, 5 + a, a - 5, 5 - a)
print(a * 2, 2 * a, a * -2, a / 4, a / -0.5, +a, -a)
print(a == NormalDist(10.0, 3.0), a == b, a != b, a == 10, a != 'x')
print(hash(a) == hash(NormalDist(10, 3)), hash(a) == hash((10.0, 3.0)))
print(len({a, NormalDist(10, 3), b}))
for op in (lambda: a * b, lambda: a / b, lambda: a + 'x', lambda: 'x' - a,
           lambda: a < b, lambda: a / 0, lambda: a ** 2):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
c = copy.copy(a)
d = copy.deepcopy(b)
print(c, d, c is a, c == a)
print(a.__getstate__())
e = NormalDist.__new__(NormalDist)
e.__setstate__((1.5, 2.5))
print(e)
red = a.__reduce_ex__(2)
print(red[1:])
print(NormalDist(1, 2) + NormalDist(3, 0), NormalDist(0, 3) - NormalDist(0, 4))

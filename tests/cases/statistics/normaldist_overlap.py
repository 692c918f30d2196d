# overlap between two normal distributions.
from statistics import NormalDist

N1 = NormalDist(2.4, 1.6)
N2 = NormalDist(3.2, 2.0)
print(N1.overlap(N2), N2.overlap(N1))
print(NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(NormalDist(0, 1).overlap(NormalDist(100, 1)))
print(NormalDist(5, 2).overlap(NormalDist(-3, 7)))
print(NormalDist(0, 1e-5).overlap(NormalDist(0, 1e5)))
for other in (NormalDist(0, 0), 3, None):
    try:
        print(NormalDist(0, 1).overlap(other))
    except Exception as e:
        print(type(e).__name__, e)
try:
    NormalDist(0, 0).overlap(NormalDist(0, 0))
except Exception as e:
    print(type(e).__name__, e)

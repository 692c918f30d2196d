# NormalDist: construction, properties, pdf, cdf, zscore and their errors.
import statistics
from statistics import NormalDist

d = NormalDist(100, 15)
print(d, repr(d), d.mean, d.median, d.mode, d.stdev, d.variance)
print(NormalDist(), NormalDist(3), NormalDist(sigma=2), NormalDist(True, 0))
for x in (70, 100, 115.5, -1e6, 1e6):
    print(d.pdf(x), d.cdf(x), d.zscore(x))
print(NormalDist(0, 1e-100).pdf(0), NormalDist(0, 1e300).cdf(1))
n = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(n, type(n).__name__)
class Sub(NormalDist):
    pass
s = Sub.from_samples([1, 2, 3, 4])
print(s, type(s).__name__, Sub(1, 2) == NormalDist(1, 2))
print(NormalDist.from_samples([1, float('inf')]))
print(NormalDist.from_samples(iter([1, 2])))
for make in (lambda: NormalDist(1, -1), lambda: NormalDist('a'),
             lambda: NormalDist(0, 'x'), lambda: NormalDist.from_samples([1]),
             lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
             lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist(1, 2, 3)):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
print(NormalDist.__slots__)
print(NormalDist.__doc__)
print(sorted(k for k in dir(NormalDist) if not k.startswith('__')))
try:
    d.x = 1
except AttributeError as e:
    print('AttributeError')

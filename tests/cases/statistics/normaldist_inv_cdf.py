# inv_cdf and quantiles across the three regions of the approximation.
from statistics import NormalDist

z = NormalDist()
ps = [0.5, 0.1, 0.9, 0.075, 0.925, 0.0001, 0.9999, 1e-10, 1 - 1e-10, 1e-300,
      5e-324, 0.3, 0.7, 0.4249, 0.5751, 0.025, 0.975, 1e-20]
for p in ps:
    print(p, repr(z.inv_cdf(p)))
d = NormalDist(100, 15)
print(d.quantiles(), d.quantiles(10))
print([round(q, 6) for q in d.quantiles(100)][::9])
print(NormalDist(3, 0).inv_cdf(0.3), NormalDist(3, 0).quantiles(3))
print(z.quantiles(1), z.quantiles(0), z.quantiles(-3))
for p in range(1, 200):
    x = z.inv_cdf(p / 200)
    print(x.hex(), end=' ')
print()
for bad in (0, 1, -0.5, 1.5, 0.0, 1.0):
    try:
        z.inv_cdf(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ('a', None):
    try:
        z.inv_cdf(bad)
    except Exception as e:
        print(type(e).__name__, e)

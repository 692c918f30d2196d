# Calls with keyword arguments, defaults, *args and **kwargs.
import time


N = 600000


def f(a, b=2, *, c=3, d=4):
    return a + b * c - d


def g(*args, **kwargs):
    return len(args) + len(kwargs)


def h(x, y, z=0):
    return x * y + z


def main():
    total = 0
    for i in range(N):
        total += f(i, c=5)
        total += f(i, b=i & 3, d=1)
        total += f(a=i, c=2, d=3, b=1)
        total += h(y=2, x=i)
        total += g(i, i, k=i, j=2)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

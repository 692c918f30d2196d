# Plain positional calls to small Python functions.
import time


N = 1400000


def add(a, b):
    return a + b


def mul3(a, b, c):
    return a * b * c


def ident(x):
    return x


def nothing():
    return 1


def main():
    total = 0
    for i in range(N):
        total = add(total, ident(i))
        total += mul3(i & 7, 3, 2) + nothing()
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

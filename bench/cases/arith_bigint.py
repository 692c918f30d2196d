# Big-integer arithmetic: multiply, add, floor-divide and modulo on numbers of a few hundred digits.
import time


N = 27000


def main():
    a = 3 ** 400 + 12345
    b = 7 ** 250 + 6789
    m = 10 ** 300 + 7
    acc = 1
    total = 0
    for i in range(N):
        x = a * (i + 1) + b
        y = x * x
        q = y // b
        r = y % m
        acc = (acc * (r + i)) % m
        total += (q ^ r) & 0xFFFFFFFF
    return (acc + total) % 1000000007


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

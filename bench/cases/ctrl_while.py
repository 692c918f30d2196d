# While loop computing Fibonacci numbers as bignums.
import time


N = 170000


def main():
    a = 0
    b = 1
    i = 0
    check = 0
    while i < N:
        a, b = b, a + b
        i += 1
        if i % 1000 == 0:
            check = (check * 31 + a % 1000000007) % 1000000007
    return (check, a % 1000000007, a.bit_length())


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

# Iterative Fibonacci modulo a prime, repeated: a tight numeric loop.
import time


M = 1000000007


def fib_mod(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % M
    return a


def main():
    total = 0
    for k in range(1000):
        total = (total + fib_mod(4000 + k)) % M
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

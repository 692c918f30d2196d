# Calls to closures: nested functions reading and updating enclosing variables.
import time


N = 1400000


def make_counter(step):
    count = 0

    def bump(x):
        nonlocal count
        count += step
        return count + x

    return bump


def make_adder(n):
    def add(x):
        return x + n

    return add


def main():
    bump = make_counter(3)
    add5 = make_adder(5)
    add7 = make_adder(7)
    total = 0
    for i in range(N):
        total += add5(i) + add7(bump(i & 15))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

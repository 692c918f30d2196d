# A pipeline of chained generators and generator expressions.
import time


N = 2700000


def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def windows(src, k):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == k:
            yield sum(buf)
            buf = []


def main():
    total = 0
    for w in windows(squares(evens(numbers(N))), 4):
        total += w % 1000
    total += sum(x & 15 for x in numbers(N // 2))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

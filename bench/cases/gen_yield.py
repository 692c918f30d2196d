# Generators: yield, yield from, send() and early close.
import time


N = 1800000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def delegate(n):
    yield from count_up(n)
    yield from count_up(n // 2)


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    total = 0
    for x in delegate(N):
        total += x
    acc = accumulator()
    next(acc)
    for i in range(N):
        total += acc.send(i) & 1023
    acc.close()
    g = count_up(10 ** 9)
    for x in g:
        if x > 1000:
            break
    g.close()
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

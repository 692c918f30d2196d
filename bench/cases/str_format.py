# String formatting: f-strings, str.format and % with various format specs.
import time


N = 130000


def main():
    total = 0
    last = ""
    for i in range(N):
        x = i * 1.25
        a = f"{i:5d}|{x:8.2f}|{i:x}|{i:>6}"
        b = "{0}-{1:03d}-{2!r}".format(i, i % 1000, "s")
        c = "%d:%s:%.3e" % (i, "ab", x)
        total += len(a) + len(b) + len(c)
        last = a + b + c
    return (total, last)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

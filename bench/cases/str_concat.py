# String building with += and slicing.
import time


N = 2200000


def main():
    s = ""
    total = 0
    for i in range(N):
        s += chr(97 + i % 26)
        if len(s) > 200:
            total += ord(s[100]) + len(s[50:150])
            s = s[-20:]
    # Rebuild a short string repeatedly so the copy cost stays linear
    # even in an implementation without CPython's in-place += trick.
    t = ""
    for i in range(N // 10):
        t = t + str(i % 10)
        if len(t) >= 1000:
            total += t.count("7")
            t = ""
    return total + len(t)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

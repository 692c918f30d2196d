# str(i) over many ints, ",".join of the pieces, split(",") and int() back.
import time


N = 40


def main():
    total = 0
    for rep in range(N):
        nums = [str(i * 7 + rep) for i in range(10000)]
        line = ",".join(nums)
        parts = line.split(",")
        total += len(line) + len(parts)
        total += sum(int(p) for p in parts[::50])
        total += len(" ".join(str(-i) for i in range(2000)).split())
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

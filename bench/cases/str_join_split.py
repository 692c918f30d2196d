# str.join, str.split, replace, find, upper on a batch of strings.
import time


N = 120000


def main():
    words = ["w" + str(i % 97) for i in range(200)]
    total = 0
    for i in range(N):
        line = " ".join(words[i % 50:i % 50 + 40])
        parts = line.split()
        total += len(parts)
        csv = ",".join(parts)
        total += len(csv.split(","))
        total += csv.find("w7") + line.count("w1")
        total += len(line.replace("w", "W").upper())
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

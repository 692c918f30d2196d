# array workload: appending to typed arrays, indexing and assigning items,
# sum() over them, index() searches, slicing, and tobytes()/frombytes().
import array
import time


N = 60000


def main():
    total = 0
    ints = array.array('i')
    reals = array.array('d')
    x = 11
    for i in range(N):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        ints.append(x % 100000 - 50000)
        reals.append((x % 1000) / 8.0)
    for i in range(0, N, 3):
        ints[i] = ints[i] // 2
    total += sum(ints) + int(sum(reals))
    for k in range(40):
        total += ints.index(ints[k * 1000 + 7]) + reals.count(reals[k])
    for k in range(60):
        part = ints[k * 500:k * 500 + 2000:3]
        total += len(part) + part[-1]
    raw = ints.tobytes()
    back = array.array('i')
    for k in range(20):
        back.frombytes(raw[:4000 * (k + 1)])
    total += len(back) + back[123] + len(reals.tobytes())
    small = array.array('B', bytes(range(256)))
    for i in range(N):
        total += small[i & 255]
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

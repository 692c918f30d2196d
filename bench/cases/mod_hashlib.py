# hashlib workload: SHA-256 of a large buffer (whole and in 64 KiB updates),
# then short messages through sha256, md5 and blake2b.
import hashlib
import time


def main():
    block = bytes((i * 131 + 7) & 0xFF for i in range(1 << 16))
    big = block * 256  # 16 MiB
    total = 0
    for _ in range(4):
        total += hashlib.sha256(big).digest()[0]
    h = hashlib.sha256()
    view = memoryview(big)
    for i in range(0, len(big), 1 << 16):
        h.update(view[i:i + (1 << 16)])
    total += int(h.hexdigest()[:8], 16)
    for i in range(4000):
        msg = b"message %d" % i
        total += hashlib.sha256(msg).digest()[1] + hashlib.md5(msg).digest()[2]
        total += hashlib.blake2b(msg, digest_size=16).digest()[3]
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))

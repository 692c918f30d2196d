# BLAKE2s digests of several lengths.
import hashlib

print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2s(b"").hexdigest())
for size in (1, 16, 20, 28, 31, 32):
    for data in (b"", b"abc", bytes(range(255)), b"y" * 777):
        h = hashlib.blake2s(data, digest_size=size)
        print(size, len(data), h.digest_size, h.hexdigest())
for n in (63, 64, 65, 128):
    print(n, hashlib.blake2s(bytes(range(n))).hexdigest())
print(hashlib.blake2s(bytes(range(256)), key=bytes(range(32))).hexdigest())

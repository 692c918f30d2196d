# BLAKE2b digests of several lengths (RFC 7693 and the reference vectors).
import hashlib

print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2b(b"").hexdigest())
for size in (1, 16, 20, 32, 48, 63, 64):
    for data in (b"", b"abc", bytes(range(255)), b"x" * 1000):
        h = hashlib.blake2b(data, digest_size=size)
        print(size, len(data), h.digest_size, h.hexdigest())
print(hashlib.blake2b(bytes(range(128))).hexdigest())
print(hashlib.blake2b(bytes(range(129))).hexdigest())
print(hashlib.blake2b(bytes(range(256)), key=bytes(range(64))).hexdigest())

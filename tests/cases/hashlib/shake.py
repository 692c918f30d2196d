# SHAKE-128 and SHAKE-256: digests of any length.
import hashlib

for name in ("shake_128", "shake_256"):
    f = getattr(hashlib, name)
    h = f(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size)
    for n in (0, 1, 16, 32, 64, 200):
        print(n, h.hexdigest(n))
    print(h.digest(10), h.digest(length=10) == h.digest(10), h.hexdigest(length=3))
    print(f().hexdigest(20), len(f(b"x").digest(5000)))
    print(h.digest(100)[:50] == h.digest(50))

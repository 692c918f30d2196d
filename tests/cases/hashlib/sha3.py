# SHA-3 digests.
import hashlib

for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    f = getattr(hashlib, name)
    for data in (b"", b"abc", b"a" * 200, bytes(range(256)) * 3):
        h = f(data)
        print(name, len(data), h.digest_size, h.block_size, h.hexdigest())
    print(hashlib.new(name, b"abc").hexdigest() == f(b"abc").hexdigest())

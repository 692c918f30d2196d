# Several megabytes at once and in pieces.
import hashlib

big = bytes(range(256)) * 40000
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hashlib.new(name)
    mv = memoryview(big)
    for i in range(0, len(big), 1 << 20):
        h.update(mv[i:i + (1 << 20)])
    print(name, hashlib.new(name, big).hexdigest(), h.hexdigest() == hashlib.new(name, big).hexdigest())
print(hashlib.shake_256(big).hexdigest(40))

# SHA-512/224 and SHA-512/256, reachable through new().
import hashlib

for name in ("sha512_224", "sha512_256"):
    for data in (b"", b"abc", b"x" * 200):
        h = hashlib.new(name, data)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.new("SHA512-224").name, hashlib.new("sha512-256").name)

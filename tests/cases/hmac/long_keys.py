# Keys shorter than, equal to and longer than the block size of each digest.
import hashlib
import hmac

for name in ("md5", "sha1", "sha256", "sha384", "sha512", "sha3_224", "sha3_512", "blake2b", "blake2s"):
    block = hashlib.new(name).block_size
    for size in (0, 1, block - 1, block, block + 1, 3 * block):
        key = bytes((i * 7 + size) & 0xFF for i in range(size))
        h = hmac.new(key, b"message", name)
        print(name, size, h.hexdigest()[:32], h.hexdigest() == hmac.digest(key, b"message", name).hex())

# new() with Python's names and with the spellings OpenSSL knows.
import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
             "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s", "sha512_224", "sha512_256",
             "MD5", "SHA1", "SHA256", "sha-256", "SHA2-256", "SHA3-256", "sha3-512", "SHAKE128", "shake256",
             "SHA512-224", "sha512-256", "md5-sha1", "BLAKE2b512", "BLAKE2s256"):
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16) if h.digest_size == 0 else h.hexdigest())

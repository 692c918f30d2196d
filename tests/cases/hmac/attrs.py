# name, digest_size, block_size and the legacy attributes.
import hashlib
import hmac

for mod in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_384", "blake2b",
            "blake2s", hashlib.sha256, hashlib.blake2b):
    h = hmac.new(b"key", digestmod=mod)
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(hmac.HMAC.blocksize, hmac.digest_size)
print(hmac.trans_5C[:8], hmac.trans_36[:8], len(hmac.trans_5C), len(hmac.trans_36))
print(hmac.__doc__)
print(hmac.HMAC.__doc__)
print(hmac.new.__doc__.splitlines()[0], hmac.digest.__doc__.splitlines()[0])
print(hmac.HMAC.update.__doc__, hmac.HMAC.hexdigest.__doc__.strip())
print(hmac.HMAC.__name__, hmac.HMAC.__module__)

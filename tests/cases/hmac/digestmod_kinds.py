# digestmod as a name, a constructor, a callable, or an object with new().
import hashlib
import hmac

class PEP247:
    @staticmethod
    def new(data=b""):
        return hashlib.sha256(data)

Module = PEP247()

key, msg = b"key", b"The quick brown fox jumps over the lazy dog"
for mod in ("sha256", "SHA256", hashlib.sha256, lambda: hashlib.sha256(), lambda d=b"": hashlib.sha256(d), Module):
    h = hmac.new(key, msg, mod)
    print(h.name, h.hexdigest())
for mod in ("md5", "sha1", "sha3_256", "sha3_512", "blake2b", "blake2s", hashlib.blake2s, "sha512_256"):
    h = hmac.new(key, msg, digestmod=mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.HMAC(key, msg, "md5").hexdigest() == hmac.new(key, msg, "md5").hexdigest())
print(hmac.new(key, digestmod="sha1").hexdigest())

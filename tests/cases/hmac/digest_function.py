# hmac.digest: the one-shot form, with names and constructors.
import hashlib
import hmac

key, msg = b"key", b"message to authenticate"
for d in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", hashlib.sha256, hashlib.blake2s):
    out = hmac.digest(key, msg, d)
    print(getattr(d, "__name__", d), out.hex(), out == hmac.new(key, msg, d).digest())
print(hmac.digest(b"k" * 200, b"", "sha256").hex())
print(hmac.digest(bytearray(b"k"), memoryview(b"m"), "md5").hex())
print(hmac.digest(key=b"k", msg=b"m", digest="sha1").hex())
for args in ((b"k", b"m", "nosuch"), (b"k", b"m"), (b"k", b"m", None), ("k", b"m", "md5"), (b"k", "m", "md5")):
    try:
        hmac.digest(*args)
    except Exception as e:
        print(type(e).__name__, e)

# The _hashlib types: names, relations, what cannot be done with them.
import _hashlib
import hashlib

h, x = hashlib.sha256(), hashlib.shake_128()
print(type(h), type(x), type(x).__mro__)
print(isinstance(x, _hashlib.HASH), type(h) is _hashlib.HASH, type(x) is _hashlib.HASHXOF)
for t in (_hashlib.HASH, _hashlib.HASHXOF):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
print(_hashlib.UnsupportedDigestmodError.__mro__[:3])
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError))
print(_hashlib.HASH.__doc__)
for m in ("update", "digest", "hexdigest", "copy"):
    print(m, getattr(_hashlib.HASH, m).__text_signature__, getattr(_hashlib.HASH, m).__doc__)
for m in ("digest", "hexdigest"):
    print(m, getattr(_hashlib.HASHXOF, m).__text_signature__)
print(_hashlib.new.__text_signature__)
print(_hashlib.compare_digest is __import__("hmac").compare_digest)
print(_hashlib.get_fips_mode())
try:
    _hashlib.new("nosuch")
except _hashlib.UnsupportedDigestmodError as e:
    print("UnsupportedDigestmodError", e)
try:
    hashlib.pbkdf2_hmac("nosuch", b"", b"", 1)
except _hashlib.UnsupportedDigestmodError as e:
    print("UnsupportedDigestmodError", e)
print(hashlib.sha256().digest() == hashlib.sha256(b"").digest(), hashlib.md5() == hashlib.md5())
try:
    hash(hashlib.md5())
    print("hashable")
except TypeError as e:
    print(e)

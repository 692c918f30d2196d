# The blake2b and blake2s classes: constants, signature, subclassing, copies.
import hashlib
import _blake2

for t in (hashlib.blake2b, hashlib.blake2s):
    print(t, t.__name__, t.__module__, t.MAX_DIGEST_SIZE, t.MAX_KEY_SIZE, t.PERSON_SIZE, t.SALT_SIZE)
    print(t.__text_signature__)
    print(t.__doc__)
    for m in ("update", "digest", "hexdigest", "copy"):
        print(m, getattr(t, m).__text_signature__, getattr(t, m).__doc__)
    h = t(b"abc", digest_size=10)
    print(h.name, h.digest_size, h.block_size, h.copy().hexdigest() == h.hexdigest())
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print("TypeError", e)
for name in sorted(n for n in dir(_blake2) if n.startswith("BLAKE2")):
    print(name, getattr(_blake2, name))

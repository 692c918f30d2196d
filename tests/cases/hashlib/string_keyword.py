# data=, the old string= keyword, usedforsecurity=.
import hashlib

for f in (hashlib.md5, hashlib.sha256, hashlib.sha3_224, hashlib.shake_128, hashlib.blake2b, hashlib.blake2s):
    name = f.__name__
    for kw in (dict(data=b"abc"), dict(string=b"abc"), dict(data=b"abc", string=None),
               dict(usedforsecurity=False), dict(data=b"abc", usedforsecurity=True)):
        try:
            h = f(**kw)
            print(name, sorted(kw), h.hexdigest(8) if h.digest_size == 0 else h.hexdigest()[:16])
        except TypeError as e:
            print(name, sorted(kw), "TypeError", e)
    try:
        f(data=b"a", string=b"a")
    except TypeError as e:
        print(name, "TypeError", e)
    try:
        f(b"a", b"b")
    except TypeError as e:
        print(name, "TypeError", e)
print(hashlib.new("md5", string=b"abc").hexdigest())

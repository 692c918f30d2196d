# copy() forks the running state; digest() leaves the object usable.
import hashlib

for name in ("md5", "sha256", "sha3_512", "shake_256", "blake2b", "blake2s"):
    h = hashlib.new(name, b"common prefix ")
    c = h.copy()
    h.update(b"one")
    c.update(b"two")
    ln = (20,) if name.startswith("shake") else ()
    print(name, type(c) is type(h), c.name == h.name, h.hexdigest(*ln), c.hexdigest(*ln))
    d1 = h.digest(*ln)
    d2 = h.digest(*ln)
    h.update(b"more")
    print(d1 == d2, h.digest(*ln) != d1)
    print(hashlib.new(name, b"common prefix one").hexdigest(*ln) == h.copy().hexdigest(*ln) or "changed")

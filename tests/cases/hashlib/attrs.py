# name, digest_size and block_size of every guaranteed algorithm.
import hashlib

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, len(h.digest(8)) if h.digest_size == 0 else len(h.digest()))
    for attr in ("name", "digest_size", "block_size"):
        try:
            setattr(h, attr, 1)
        except AttributeError:
            print("  read-only", attr)
    try:
        h.extra = 1
    except AttributeError as e:
        print("  no new attributes")

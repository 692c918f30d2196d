# CPython's unsigned converters as the modules use them: negative, too large
# for the C type, and bounds of their own.
import random, select, hashlib, _random
r = _random.Random(1)
for k in (-1, 2**62, 2**63, 2**63 + 5, 2**64 - 1, 2**64, 2**70, 1.5, "x"):
    try:
        print(k, r.getrandbits(k).bit_length())
    except Exception as e:
        print(k, type(e).__name__, e)
p = select.poll()
for m in (-1, 0, 65535, 65536, 2**64, 2**70, True):
    try:
        p.register(0, m)
        print(m, "ok")
    except Exception as e:
        print(m, type(e).__name__, e)
for n in (-2, 2**64, 2**70, 3, 0):
    try:
        hashlib.scrypt(b"p", salt=b"s", n=n, r=1, p=1)
    except Exception as e:
        print(n, type(e).__name__, e)
for kw in ({"leaf_size": -1}, {"leaf_size": 2**32}, {"leaf_size": 2**64}, {"node_offset": 2**64}, {"node_offset": 2**70}, {"fanout": -1}):
    try:
        hashlib.blake2b(**kw)
        print(kw, "ok")
    except Exception as e:
        print(kw, type(e).__name__, e)

# str, bytes and bytearray seeds under versions 1 and 2.
import random

r = random.Random()
for seed in ("", "a", "abc", "héllo wörld", "\U0001f600 emoji", "x" * 1000, b"", b"abc",
             bytes(range(256)), bytearray(b"abc"), bytearray()):
    for version in (1, 2):
        try:
            r.seed(seed, version=version)
            print(version, repr(seed)[:30], r.random(), r.getrandbits(40))
        except TypeError as e:
            print(version, repr(seed)[:30], "TypeError", e)

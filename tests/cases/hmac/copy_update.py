# update() in pieces, copies that diverge, digests that leave the object usable.
import hmac

h = hmac.new(b"secret", b"part one, ", "sha256")
c = h.copy()
h.update(b"part two")
c.update(b"another ending")
print(type(c).__name__, h.hexdigest(), c.hexdigest())
print(h.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
d1 = h.digest()
print(d1 == h.digest(), d1.hex() == h.hexdigest())
h.update(b"!")
print(h.digest() != d1)
for name in ("md5", "sha1", "sha512", "blake2b", "sha3_224"):
    whole = hmac.new(b"k" * 100, b"abcdefghij" * 50, name)
    piece = hmac.new(b"k" * 100, digestmod=name)
    for i in range(0, 500, 7):
        piece.update(b"abcdefghij" * 50[i:i + 7] if False else (b"abcdefghij" * 50)[i:i + 7])
    print(name, whole.hexdigest() == piece.hexdigest(), piece.copy().digest() == whole.digest())
m = hmac.new(b"k", bytearray(b"ba"), "md5")
m.update(memoryview(b"xyz")[1:])
print(m.hexdigest() == hmac.new(b"k", b"bayz", "md5").hexdigest())

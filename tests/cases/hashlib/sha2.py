# The SHA-2 family on the FIPS 180 examples.
import hashlib

msgs = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        b"\x00" * 111, b"\x00" * 112, b"\x00" * 127, b"\x00" * 128, b"\x00" * 1000]
for name in ("sha224", "sha256", "sha384", "sha512"):
    f = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), f(m).hexdigest())

# compare_digest on str and bytes-like objects.
import secrets

print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest("", ""))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", bytearray(b"abc")),
      secrets.compare_digest(b"ab", b"abc"), secrets.compare_digest(memoryview(b"xy"), b"xy"))
for args in (("a", b"a"), ("é", "é"), (1, 1), (None, b"")):
    try:
        print(secrets.compare_digest(*args))
    except TypeError as e:
        print(e)

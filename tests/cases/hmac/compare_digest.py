# compare_digest on bytes, buffers and ASCII strings, and its TypeErrors.
import hmac

pairs = [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), (b"", b""), (bytearray(b"x"), b"x"),
         (memoryview(b"xy"), bytearray(b"xy")), ("abc", "abc"), ("abc", "abx"), ("", ""), ("a", "ab"),
         (b"\xff" * 100, b"\xff" * 100)]
for a, b in pairs:
    print(type(a).__name__, type(b).__name__, hmac.compare_digest(a, b))
for a, b in (("é", "é"), ("a", "é"), ("abc", b"abc"), (b"abc", "abc"), (1, 2), (1, b"a"), (b"a", 1),
             (1, "a"), ("a", 1), (None, None), ([1], [1])):
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print("TypeError", e)
for args, kw in (((b"a",), {}), ((b"a", b"a", b"a"), {}), ((), dict(a=b"a", b=b"a"))):
    try:
        hmac.compare_digest(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(hmac.compare_digest.__name__, hmac.compare_digest.__text_signature__)

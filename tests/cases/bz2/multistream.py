# bz2.decompress over several streams, trailing garbage and truncation.
import bz2

a, b = bz2.compress(b"first;"), bz2.compress(b"second;", 1)
print(bz2.decompress(a + b))
print(bz2.decompress(a + b + a))
print(bz2.decompress(a + b"junk after"))
print(bz2.decompress(a + bz2.compress(b"")))
for bad in (b"not bzip2 at all", a[:-5], a[:10], b"BZh9"):
    try:
        print(bz2.decompress(bad))
    except (OSError, ValueError, EOFError) as e:
        print(type(e).__name__, e)
try:
    bz2.decompress(a[:20] + b"\0" * 30)
except Exception as e:
    print(type(e).__name__, e)

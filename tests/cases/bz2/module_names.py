# The names bz2 and _bz2 define, and their types' descriptions.
import bz2
import _bz2

print(sorted(n for n in vars(bz2) if not n.startswith("_") and n not in ("builtins", "io", "os")))
print(bz2.BZ2Compressor is _bz2.BZ2Compressor, bz2.BZ2Decompressor is _bz2.BZ2Decompressor)
print(bz2.BZ2Compressor.__module__, bz2.BZ2Decompressor.__qualname__)
print(repr(bz2.BZ2Compressor)[:30])
print(bz2.BZ2File.__name__, bz2.BZ2File.__module__)
print(bz2.open.__name__, bz2.compress.__doc__.splitlines()[0])
print(bz2.decompress.__doc__.splitlines()[0])

for cls in (bz2.BZ2Compressor, bz2.BZ2Decompressor):
    try:
        type("Sub", (cls,), {})
    except TypeError as e:
        print("TypeError", e)
d = bz2.BZ2Decompressor()
print(d.decompress(bz2.compress(b"plain")), d.eof)
for name in ("eof", "unused_data", "needs_input"):
    try:
        setattr(d, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    d.other = 1
except AttributeError as e:
    print("AttributeError", e)

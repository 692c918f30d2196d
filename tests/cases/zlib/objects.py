# The Compress and Decompress types: names, reprs, what cannot be done with them.
import zlib

co, d = zlib.compressobj(), zlib.decompressobj()
print(type(co), type(d), type(co).__name__, type(d).__qualname__, type(co).__module__)
print(repr(co).startswith("<zlib.Compress object at 0x"), repr(d).startswith("<zlib.Decompress object at 0x"))
for t in (type(co), type(d)):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print("TypeError", e)
print(hasattr(zlib, "Compress"), hasattr(zlib, "Decompress"))
for attr in ("eof", "unused_data", "unconsumed_tail"):
    try:
        setattr(d, attr, 1)
    except AttributeError as e:
        print("AttributeError", attr)
print(hasattr(co, "eof"), hasattr(co, "unused_data"))
print(issubclass(zlib.error, Exception), zlib.error("x").args)

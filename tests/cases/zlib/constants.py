# The module's constants and version strings.
import zlib

for name in ("MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"):
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION), zlib.__version__)
print(zlib.ZLIB_VERSION.count(".") >= 2, zlib.ZLIB_RUNTIME_VERSION[0].isdigit())
print(zlib.__name__, zlib.__doc__.splitlines()[0])
print(sorted(n for n in dir(zlib) if not n.startswith("_") and n.islower()))

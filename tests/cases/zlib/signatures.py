# Text signatures, docstrings and keyword handling of the functions and methods.
import zlib

for name in ("compress", "decompress", "compressobj", "decompressobj", "crc32", "adler32"):
    f = getattr(zlib, name)
    print(name, f.__text_signature__)
    print(f.__doc__.splitlines()[0])
co, d = zlib.compressobj(), zlib.decompressobj()
for m in (co.compress, co.flush, co.copy, d.decompress, d.flush, d.copy):
    print(m.__name__, m.__text_signature__)
for t in (type(co), type(d)):
    for name in ("compress", "decompress", "flush", "copy"):
        if name in vars(t):
            print(t.__name__, name, vars(t)[name].__doc__.splitlines()[0])
def show(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except TypeError as e:
        print("TypeError", e)
show(zlib.compress, b"x", wbits=15, level=1)
show(zlib.compress, b"x", data=b"x")
show(zlib.decompress, zlib.compress(b"x"), bufsize=1, wbits=15)
show(zlib.decompressobj, 15, b"", 1)
show(zlib.decompressobj, wbits=15, zdict=b"")
show(zlib.compressobj, level=1, method=8, wbits=15, memLevel=8, strategy=0, zdict=b"")
show(zlib.compressobj, memlevel=8)
show(d.decompress, b"", max_length=1)
show(d.decompress, data=b"")
show(co.flush, mode=2)
show(co.compress)
show(co.compress, b"", b"")
show(co.compress, data=b"")
show(d.flush, 1, 2)
show(d.flush, length=5)
show(zlib.crc32, b"", value=1)

# Raw deflate streams with a dictionary: the decompressor sets it at once.
import zlib

zd = b"0123456789abcdef" * 4
msg = b"abcdef0123456789" * 10
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(msg) + co.flush()
print(len(c), c.hex())
d = zlib.decompressobj(wbits=-15, zdict=zd)
print(d.decompress(c) == msg, d.eof)
d = zlib.decompressobj(wbits=-15, zdict=b"zz")
try:
    print(d.decompress(c) == msg)
except zlib.error as e:
    print("zlib.error:", e)
d = zlib.decompressobj(wbits=-15)
try:
    print(d.decompress(c) == msg)
except zlib.error as e:
    print("zlib.error:", e)
co = zlib.compressobj(wbits=31, zdict=zd)
try:
    print(len(co.compress(msg) + co.flush()))
except Exception as e:
    print(type(e).__name__, e)

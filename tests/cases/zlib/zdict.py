# Preset dictionaries: compressobj(zdict=) and decompressobj(zdict=).
import zlib

zd = b"the common words we expect: apple banana cherry"
msg = b"banana cherry apple apple banana"
co = zlib.compressobj(zdict=zd)
c = co.compress(msg) + co.flush()
plain = zlib.compress(msg)
print(len(c) < len(plain), c[:6].hex())
print(zlib.decompressobj(zdict=zd).decompress(c))
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(c))
print(zlib.decompressobj(zdict=memoryview(zd)).decompress(c))
for d in (zlib.decompressobj(), zlib.decompressobj(zdict=b"")):
    try:
        print(d.decompress(c))
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.decompressobj(zdict=b"wrong dictionary").decompress(c)
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompress(c)
except zlib.error as e:
    print("zlib.error:", e)
for bad in ("text", 1, None):
    try:
        zlib.compressobj(zdict=bad)
    except TypeError as e:
        print("compressobj TypeError", e)
    try:
        zlib.decompressobj(zdict=bad)
    except TypeError as e:
        print("decompressobj TypeError", e)
print(zlib.decompressobj(zdict=zd).decompress(plain))

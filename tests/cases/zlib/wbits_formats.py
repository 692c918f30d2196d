# The container chosen by wbits: zlib, raw deflate, gzip, and automatic detection.
import zlib

data = b"wbits decide the container " * 10
for wbits in (9, 10, 12, 15, -9, -12, -15, 25, 28, 31):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, len(c), c[:4].hex())
    print("  back", zlib.decompress(c, wbits=wbits) == data)
gz = zlib.compress(data, wbits=31)
zl = zlib.compress(data)
raw = zlib.compress(data, wbits=-15)
for w in (32 + 15, 32 + 9, 16 + 15):
    for name, c in (("gzip", gz), ("zlib", zl)):
        try:
            print(w, name, zlib.decompress(c, w) == data)
        except zlib.error as e:
            print(w, name, "error:", e)
for w, c in ((15, gz), (15, raw), (-15, zl), (31, zl), (-15, gz)):
    try:
        print(w, zlib.decompress(c, w)[:10])
    except zlib.error as e:
        print(w, "error:", e)
print(zlib.decompress(zlib.compress(data, wbits=9), wbits=15) == data)
try:
    zlib.decompress(zlib.compress(data, wbits=15), wbits=9)
except zlib.error as e:
    print("small window:", e)

# compressobj's level, method, wbits, memLevel and strategy, and their errors.
import zlib

data = b"parameters of the compressor " * 40 + bytes(range(50)) * 4

def run(**kw):
    try:
        co = zlib.compressobj(**kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
        return
    out = co.compress(data) + co.flush()
    w = kw.get("wbits", 15)
    print(kw, len(out), out[:6].hex(), zlib.decompress(out, w) == data)

for level in (-1, 0, 1, 5, 9):
    run(level=level)
for strategy in ("Z_DEFAULT_STRATEGY", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED"):
    run(strategy=getattr(zlib, strategy))
for mem in (1, 2, 8, 9):
    run(memLevel=mem)
for w in (9, 15, -9, -15, 25, 31):
    run(wbits=w)
run(level=9, method=zlib.DEFLATED, wbits=-12, memLevel=4, strategy=zlib.Z_FILTERED)
for bad in (dict(level=10), dict(level=-2), dict(method=9), dict(method=0), dict(memLevel=0), dict(memLevel=10),
            dict(strategy=5), dict(strategy=-1), dict(wbits=7), dict(wbits=32), dict(wbits=-16)):
    run(**bad)
for bad in (dict(level=1.0), dict(level="1"), dict(strategy=None), dict(foo=1)):
    run(**bad)
try:
    zlib.compressobj(1, 8, 15, 8, 0, b"", 7)
except TypeError as e:
    print("TypeError", e)
co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY)
print(len(co.compress(data) + co.flush()))

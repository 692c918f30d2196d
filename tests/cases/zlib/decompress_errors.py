# decompress() on corrupt, truncated and empty streams: zlib.error texts.
import zlib

good = zlib.compress(b"hello world " * 50)

def show(data, *args, **kw):
    try:
        out = zlib.decompress(data, *args, **kw)
        print("ok", len(out))
    except zlib.error as e:
        print("zlib.error:", e)
    except Exception as e:
        print(type(e).__name__, e)

show(b"")
show(b"x")
show(b"abc")
show(b"\x78")
show(b"\x78\x9c")
show(good[:2])
show(good[:5])
show(good[:-1])
show(good[:-4])
show(good[:-1] + bytes([good[-1] ^ 1]))
show(good[:10] + bytes([good[10] ^ 0xFF]) + good[11:])
show(b"\x78\x9c\x07")
show(b"\x78\x9c\x00\x05\x00\x00\x00")
show(bytes([0x78, 0xDA]) + b"\xff" * 10)
show(b"\x1f\x8b\x08\x00" + b"\x00" * 6, 31)
show(good + b"trailing garbage")
show(good, -15)
show(good, 31)
show(good, 99)
show(good, 7)
show("text")
show(123)
print(zlib.error.__module__, zlib.error.__name__, zlib.error.__mro__[1:])

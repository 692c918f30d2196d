# compress() refuses bad levels, bad wbits and non-bytes data.
import zlib

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r[:8].hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e)

for level in (10, -2, 100, -100):
    show(zlib.compress, b"x", level)
for wbits in (0, 7, 8, 16, 24, 32, -8, -16, 100):
    show(zlib.compress, b"x", wbits=wbits)
show(zlib.compress, "text")
show(zlib.compress, 12)
show(zlib.compress, None)
show(zlib.compress, [1, 2])
show(zlib.compress, b"x", 1.5)
show(zlib.compress, b"x", None)
show(zlib.compress, b"x", "9")
show(zlib.compress, b"x", 2**40)
show(zlib.compress, b"x", wbits=2**40)
show(zlib.compress)
show(zlib.compress, data=b"x")
show(zlib.compress, b"x", 6, 15, 1)
show(zlib.compress, b"x", levle=1)

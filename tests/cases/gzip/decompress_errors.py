# gzip.decompress on damaged data: BadGzipFile and EOFError texts.
import gzip
import zlib

good = gzip.compress(b"hello gzip")
cases = [b"x", b"\x1f", b"\x1f\x8b", b"\x1f\x8b\x08", b"\x1f\x8b\x09" + bytes(7), good[:5], good[:12],
         good[:-1], good[:-8], good + b"junk", good + b"\x1f", b"\0\0" + good, b"not gzip at all"]
bad_crc = bytearray(good)
bad_crc[-8] ^= 1
bad_len = bytearray(good)
bad_len[-1] ^= 1
cases += [bytes(bad_crc), bytes(bad_len)]
for data in cases:
    try:
        print(gzip.decompress(data))
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
print(gzip.BadGzipFile.__mro__[1:3])
try:
    gzip.decompress("text")
except TypeError as e:
    print("TypeError", e)

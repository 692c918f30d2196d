# update() and constructors take any bytes-like object, never str.
import hashlib

ref = hashlib.sha256(b"hello world").hexdigest()
for obj in (b"hello world", bytearray(b"hello world"), memoryview(b"hello world"),
            memoryview(b"xxhello worldxx")[2:-2], memoryview(bytearray(b"hello world")).cast("B")):
    h = hashlib.sha256()
    h.update(obj)
    print(type(obj).__name__, h.hexdigest() == ref, hashlib.sha256(obj).hexdigest() == ref,
          hashlib.blake2b(obj).hexdigest() == hashlib.blake2b(b"hello world").hexdigest())
for name in ("md5", "sha1", "sha3_256", "shake_128", "blake2b", "blake2s"):
    h = hashlib.new(name)
    for bad in ("text", 1, None, [1], memoryview(b"abcdef")[::2]):
        try:
            h.update(bad)
            print(name, "accepted", type(bad).__name__)
        except (TypeError, BufferError, ValueError) as e:
            print(name, type(e).__name__, e)
for bad in ("text", 2.5):
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print("md5()", e)
try:
    hashlib.md5().update()
except TypeError as e:
    print(e)
try:
    hashlib.md5().update(b"a", b"b")
except TypeError as e:
    print(e)

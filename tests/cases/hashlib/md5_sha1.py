# MD5 and SHA-1 of the classic test inputs.
import hashlib

inputs = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
          b"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
          b"a" * 1000000, bytes(range(256))]
for data in inputs:
    print(len(data), hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
print(hashlib.md5(b"abc").digest())
print(hashlib.sha1(b"abc").digest())

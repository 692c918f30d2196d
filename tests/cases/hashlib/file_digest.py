# file_digest on in-memory and real files, with names and constructors.
# cwd: tmp
import hashlib
import io

data = bytes(range(256)) * 5000
with open("blob.bin", "wb") as f:
    f.write(data)
for digest in ("sha256", "md5", hashlib.sha1, lambda: hashlib.blake2b(digest_size=16), "blake2s"):
    with open("blob.bin", "rb") as f:
        a = hashlib.file_digest(f, digest)
    b = hashlib.file_digest(io.BytesIO(data), digest)
    print(a.name, a.hexdigest(), a.hexdigest() == b.hexdigest())
with open("blob.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha256", _bufsize=7).hexdigest() == hashlib.sha256(data).hexdigest())
with open("blob.bin", "rb", buffering=0) as f:
    print(hashlib.file_digest(f, "md5").hexdigest() == hashlib.md5(data).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), "sha1").hexdigest())
for obj, digest in ((io.StringIO("text"), "md5"), (1, "sha256"), (io.BytesIO(b"x"), "nosuch")):
    try:
        hashlib.file_digest(obj, digest)
    except ValueError as e:
        print("ValueError", str(e).split(" object at ")[0])
with open("blob.bin", "r") as f:
    try:
        hashlib.file_digest(f, "md5")
    except ValueError as e:
        print("text file refused")
try:
    hashlib.file_digest(io.BytesIO(b""), digest="md5")
except TypeError as e:
    print("TypeError", e)

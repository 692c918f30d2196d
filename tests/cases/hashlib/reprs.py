# reprs of the hash objects, with the address taken out.
import hashlib
import re

def show(o):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(o)))

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "shake_128", "shake_256",
             "sha512_224"):
    show(hashlib.new(name))
show(hashlib.new("SHA256"))
show(hashlib.blake2b())
show(hashlib.blake2s(digest_size=5))
show(hashlib.md5)
show(hashlib.sha3_512)
show(hashlib.blake2b)
show(type(hashlib.md5()))
show(type(hashlib.shake_128()))

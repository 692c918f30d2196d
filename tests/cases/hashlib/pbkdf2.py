# pbkdf2_hmac: RFC 6070 vectors and other digests.
import hashlib

cases = [(b"password", b"salt", 1, 20), (b"password", b"salt", 2, 20), (b"password", b"salt", 4096, 20),
         (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25),
         (b"pass\0word", b"sa\0lt", 4096, 16)]
for pw, salt, n, dklen in cases:
    print(hashlib.pbkdf2_hmac("sha1", pw, salt, n, dklen).hex())
for name in ("md5", "sha224", "sha256", "sha512", "sha3_256", "SHA256", "blake2b"):
    print(name, hashlib.pbkdf2_hmac(name, b"pw", b"salt", 100).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10, None).hex())
print(hashlib.pbkdf2_hmac("sha256", bytearray(b"pw"), memoryview(b"salt"), 10, 100).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha1", password=b"", salt=b"", iterations=1, dklen=3).hex())

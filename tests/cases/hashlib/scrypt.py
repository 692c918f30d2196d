# scrypt: the RFC 7914 vectors and other parameters.
import hashlib

print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=2, r=1, p=1, dklen=1).hex())
print(hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"salt"), n=32, r=2, p=3, dklen=20).hex())
print(hashlib.scrypt(password=b"pw", salt=b"salt", n=16, r=8, p=1, maxmem=0, dklen=10).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1, maxmem=2**25).hex()[:20])

# Keys, salts and personalisation strings of both BLAKE2 variants.
import hashlib

for f in (hashlib.blake2b, hashlib.blake2s):
    for key in (b"", b"k", b"secret key", b"K" * f.MAX_KEY_SIZE):
        for data in (b"", b"message", bytes(range(200))):
            print(f.__name__, len(key), len(data), f(data, key=key).hexdigest())
    for salt in (b"", b"s", b"S" * f.SALT_SIZE):
        print(f.__name__, "salt", len(salt), f(b"data", salt=salt).hexdigest())
    for person in (b"", b"me", b"P" * f.PERSON_SIZE):
        print(f.__name__, "person", len(person), f(b"data", person=person).hexdigest())
    h = f(b"all", digest_size=16, key=b"key", salt=b"salt", person=bytearray(b"person"))
    print(f.__name__, h.hexdigest(), h.digest_size)
    print(f(b"", key=memoryview(b"kk")).hexdigest() == f(b"", key=b"kk").hexdigest())

# algorithms_guaranteed, algorithms_available and __all__.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__, type(hashlib.algorithms_available).__name__)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
for name in sorted(hashlib.algorithms_guaranteed):
    print(name, callable(getattr(hashlib, name)), hashlib.new(name).name)
print(hashlib.md5.__name__, hashlib.sha3_256.__name__, hashlib.shake_128.__name__)
print(hashlib.md5.__text_signature__, hashlib.sha256.__doc__)
print(hashlib.__doc__.splitlines()[0])
print(hashlib.new.__name__, hashlib.scrypt.__name__, hashlib.pbkdf2_hmac.__name__)

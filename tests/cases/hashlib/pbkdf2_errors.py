# pbkdf2_hmac's argument checks.
import hashlib

def show(*args, **kw):
    try:
        print(hashlib.pbkdf2_hmac(*args, **kw).hex())
    except Exception as e:
        print(type(e).__name__, e)

show("sha256", b"pw", b"salt", 0)
show("sha256", b"pw", b"salt", -5)
show("sha256", b"pw", b"salt", 2**31)
show("sha256", b"pw", b"salt", 2**64)
show("sha256", b"pw", b"salt", 1.0)
show("sha256", b"pw", b"salt", 1, 0)
show("sha256", b"pw", b"salt", 1, -1)
show("sha256", b"pw", b"salt", 1, 2**31)
show("sha256", b"pw", b"salt", 1, 2**64)
show("sha256", b"pw", b"salt", 1, "8")
show("shake_128", b"pw", b"salt", 1)
show("nosuch", b"pw", b"salt", 1)
show(b"sha256", b"pw", b"salt", 1)
show(None, b"pw", b"salt", 1)
show("sha256", "pw", b"salt", 1)
show("sha256", b"pw", "salt", 1)
show("sha256", b"pw", b"salt")
show("sha256", b"pw", b"salt", 1, 2, 3)

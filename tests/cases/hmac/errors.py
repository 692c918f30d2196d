# hmac's errors: missing digestmod, wrong key and message types, unknown digests.
import hashlib
import hmac

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r.hexdigest() if hasattr(r, "hexdigest") else r)
    except Exception as e:
        print(type(e).__name__, e)

show(hmac.new, b"k")
show(hmac.new, b"k", b"m")
show(hmac.new, b"k", b"m", None)
show(hmac.new, b"k", b"m", "")
show(hmac.new, "k", b"m", "md5")
show(hmac.new, "k")
show(hmac.new, memoryview(b"k"), b"m", "md5")
show(hmac.new, bytearray(b"k"), b"m", "md5")
show(hmac.new, 1, b"m", "md5")
show(hmac.new, b"k", "m", "md5")
show(hmac.new, b"k", 5, "md5")
show(hmac.new, b"k", b"m", "nosuch")
show(hmac.new, b"k", b"m", 1)
show(hmac.new, b"k", b"m", hashlib)
show(hmac.new)
show(hmac.HMAC, b"k", b"m", "md5", 1)
h = hmac.new(b"k", digestmod="sha256")
show(h.update, "text")
show(h.update, None)
show(h.update)

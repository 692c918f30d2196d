# What SHAKE's digest(length) refuses.
import hashlib

h = hashlib.shake_128(b"abc")
for call in (lambda: h.digest(), lambda: h.hexdigest(), lambda: h.digest(1.5), lambda: h.digest("4"),
             lambda: h.hexdigest(None), lambda: h.digest(2**63), lambda: h.digest(2**80), lambda: h.digest(-1),
             lambda: h.hexdigest(-5), lambda: h.digest(1, 2), lambda: h.digest(size=3)):
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)

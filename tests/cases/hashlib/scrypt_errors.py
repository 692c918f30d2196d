# scrypt's argument checks.
import hashlib

def show(*args, **kw):
    try:
        print(hashlib.scrypt(*args, **kw).hex()[:16])
    except Exception as e:
        print(type(e).__name__, e)

ok = dict(salt=b"salt", n=16, r=8, p=1)
show(b"pw", **ok)
for n in (0, 1, 3, 15, 17, -2, 2**64, 1.0):
    show(b"pw", **dict(ok, n=n))
for r in (0, 2**40, -1):
    show(b"pw", **dict(ok, r=r))
for p in (0, 2**40):
    show(b"pw", **dict(ok, p=p))
for maxmem in (-1, 2**31, 2**31 - 1, 1):
    show(b"pw", **dict(ok, maxmem=maxmem))
for dklen in (0, -1, 2**31):
    show(b"pw", **dict(ok, dklen=dklen))
show(b"pw", salt=b"salt", n=2**20, r=8, p=1)
show(b"pw", n=16, r=8, p=1)
show(b"pw", salt=b"salt", n=16, r=8)
show(b"pw", b"salt", 16, 8, 1)
show("pw", **ok)
show(b"pw", **dict(ok, salt="salt"))
show(**ok)

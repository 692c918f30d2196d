# new() with unknown names, wrong types, wrong arguments.
import hashlib

def show(*args, **kw):
    try:
        h = hashlib.new(*args, **kw)
        print("ok", h.name)
    except Exception as e:
        print(type(e).__name__, e)

show("foo")
show("")
show("BLAKE2B")
show("sha257")
show(b"md5")
show(1)
show(None)
show()
show("md5", b"a", b"b")
show("md5", b"a", False)
show("sha256", b"a", digest_size=10)
show("md5", "text")
show("md5", 42)
show("md5", data=b"x")
show(name="md5")
show("md5", b"x", usedforsecurity=False)
show("blake2b", b"x", digest_size=10)
show("blake2s", b"x", foo=1)

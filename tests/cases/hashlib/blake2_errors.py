# Every parameter check of the BLAKE2 constructors.
import hashlib

def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print("ok")
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (hashlib.blake2b, hashlib.blake2s):
    top = f.MAX_DIGEST_SIZE
    show(f, digest_size=0)
    show(f, digest_size=top + 1)
    show(f, digest_size=-1)
    show(f, digest_size=2**40)
    show(f, digest_size=1.5)
    show(f, key=b"k" * (f.MAX_KEY_SIZE + 1))
    show(f, salt=b"s" * (f.SALT_SIZE + 1))
    show(f, person=b"p" * (f.PERSON_SIZE + 1))
    show(f, key="k")
    show(f, salt=1)
    show(f, person=None)
    show(f, fanout=-1)
    show(f, fanout=256)
    show(f, depth=0)
    show(f, depth=256)
    show(f, depth=2**70)
    show(f, leaf_size=-1)
    show(f, leaf_size=2**32)
    show(f, leaf_size=2**64)
    show(f, node_offset=-1)
    show(f, node_offset=2**48)
    show(f, node_offset=2**64)
    show(f, node_depth=-1)
    show(f, node_depth=256)
    show(f, inner_size=-1)
    show(f, inner_size=top + 1)
    show(f, "text")
    show(f, 12)
    show(f, b"a", b"b")
    show(f, foo=1)
    show(f, b"x", digest_size="3")

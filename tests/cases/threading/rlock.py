# RLock: reentrant for its owner, with owner and count in its repr.
import threading, re


def shape(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj)).replace(str(threading.get_ident()), "ME")


r = threading.RLock()
print(type(r), shape(r))
print(r.acquire(), r.acquire(False), r.acquire(timeout=1))
print(shape(r), r._is_owned(), r._recursion_count())
r.release()
print(shape(r))
r.release()
r.release()
print(shape(r), r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print(shape(r))
print(shape(r))
print(threading.RLock.__doc__.splitlines()[0])

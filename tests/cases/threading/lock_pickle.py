# Locks, and the primitives holding one, refuse pickling and copying with
# CPython's TypeError texts.
import copy, pickle, threading, _thread

objs = [threading.Lock(), threading.RLock(), _thread.allocate_lock(), _thread.RLock(),
        threading.Condition(), threading.Condition(threading.Lock()), threading.Semaphore(2),
        threading.BoundedSemaphore(), threading.Event(), threading.Barrier(2)]
for o in objs:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        try:
            pickle.dumps(o, proto)
            print('pickled', type(o).__name__)
        except TypeError as e:
            print(type(o).__name__, proto, e)
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(o)
            print('copied', type(o).__name__)
        except TypeError as e:
            print(type(o).__name__, fn.__name__, e)
lock = _thread.allocate_lock()
for call in (lambda: lock.__reduce__(), lambda: lock.__reduce_ex__(0), lambda: lock.__reduce_ex__(4),
             lambda: _thread.RLock().__reduce_ex__(3)):
    try:
        call()
    except TypeError as e:
        print(e)
print(lock.__getstate__(), _thread.RLock().__getstate__())

class MyRLock(_thread.RLock):
    pass

class Saved(_thread.RLock):
    def __reduce__(self):
        return (Saved, ())

try:
    pickle.dumps(MyRLock())
except TypeError as e:
    print(e)
print(type(pickle.loads(pickle.dumps(Saved()))).__name__)
# the primitives still work
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
e = threading.Event()
e.set()
print(e.is_set(), e.wait(0))
b = threading.Barrier(1)
print(b.wait(), b.parties)

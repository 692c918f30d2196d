# Objects pickle refuses, with CPython's messages: generators, modules,
# local functions and lambdas, memoryviews, weak references, frames.
import pickle
import sys
import weakref


def gen():
    yield 1


def outer():
    def inner():
        pass
    return inner


class C:
    pass


objs = [sys, outer(), lambda: None, weakref.ref(C), open]
for proto in (0, 2, 5):
    for obj in objs:
        try:
            s = pickle.dumps(obj, proto)
            print(proto, 'pickled', s[:40])
        except Exception as e:
            print(proto, type(e).__name__, str(e)[:90], getattr(e, '__notes__', None))
try:
    pickle.dumps({'key': [1, {2: sys}]})
except TypeError as e:
    print(e, e.__notes__)

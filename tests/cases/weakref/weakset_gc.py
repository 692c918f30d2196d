# WeakSet members in cycles leave at the next collection
import gc
import weakref

gc.disable()


class Member:
    def __init__(self):
        self.me = self


s = weakref.WeakSet(Member() for _ in range(10))
print(len(s))
keep = list(s)[:3]
gc.collect()
print(len(s), all(k in s for k in keep))
keep.clear()
gc.collect()
print(len(s), list(s))

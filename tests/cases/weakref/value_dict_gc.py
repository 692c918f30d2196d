# Values in cycles leave a WeakValueDictionary at the next collection
import gc
import weakref

gc.disable()


class Item:
    def __init__(self, n):
        self.n = n
        self.me = self


cache = weakref.WeakValueDictionary()
for i in range(5):
    cache[i] = Item(i)
print(len(cache), sorted(cache))
keep = cache[3]
gc.collect()
print(len(cache), sorted(cache), cache[3] is keep)
del keep
gc.collect()
print(len(cache), list(cache.items()))

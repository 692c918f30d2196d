# Values that die while a weak container is being iterated are removed
# only once the iteration ends
import weakref


class O:
    def __init__(self, n):
        self.n = n


objs = [O(i) for i in range(6)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        objs[4] = None
del k
print(len(seen), len(d), sorted(d))

kd = weakref.WeakKeyDictionary((o, o.n) for o in objs if o)
seen = []
for k, v in kd.items():
    seen.append(v)
    if v == 0:
        objs[0] = None
del k, v
print(len(seen), len(kd))

ws = weakref.WeakSet(o for o in objs if o)
count = 0
for m in ws:
    count += 1
    objs[2] = None
del m
print(count >= 3, len(ws))
it = iter(ws)
first = next(it)
objs[[o is not None and o is not first for o in objs].index(True)] = None
print(len(ws))
del it
print(len(ws))
kd = weakref.WeakKeyDictionary((o, 1) for o in objs if o)
it = iter(kd)
first = next(it)
objs[[o is not None and o is not first for o in objs].index(True)] = None
print(len(kd))
del it
print(len(kd))

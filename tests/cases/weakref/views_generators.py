# The views of the weak dictionaries are generators, named as CPython's;
# an abandoned iteration releases its guard when the generator is dropped
import re
import weakref


class O:
    pass


objs = [O() for _ in range(3)]
vd = weakref.WeakValueDictionary(enumerate(objs))
kd = weakref.WeakKeyDictionary((o, i) for i, o in enumerate(objs))
for view in (vd.keys(), vd.values(), vd.items(), vd.itervaluerefs(), iter(vd),
             kd.keys(), kd.values(), kd.items(), iter(kd), iter(weakref.WeakSet(objs))):
    print(re.sub("0x[0-9a-f]+", "ADDR", repr(view)))
it = vd.items()
next(it)
objs[2] = None
print(len(vd), sorted(vd))
del it
print(len(vd), sorted(vd))

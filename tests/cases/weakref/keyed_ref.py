# KeyedRef and _remove_dead_weakref, the pieces under WeakValueDictionary
import weakref
import _weakref


class C:
    pass


c = C()
log = []
k = weakref.KeyedRef(c, lambda w: log.append(w.key), "the-key")
print(k.key, k() is c, isinstance(k, weakref.ref), type(k).__name__)
try:
    k.other = 1
except AttributeError as e:
    print(type(e).__name__)
d = {"the-key": k, "live": weakref.ref(c)}
_weakref._remove_dead_weakref(d, "the-key")
_weakref._remove_dead_weakref(d, "absent")
print(sorted(d))
del c
print(log)
_weakref._remove_dead_weakref(d, "the-key")
print(sorted(d))
for bad in ((1, 2), ({2: 3}, 2)):
    try:
        _weakref._remove_dead_weakref(*bad)
    except TypeError as e:
        print(e)
try:
    weakref.KeyedRef(C(), None)
except TypeError as e:
    print(type(e).__name__)

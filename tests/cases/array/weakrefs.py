import array, weakref, gc
a = array.array('i', [1])
r = weakref.ref(a, lambda ref: print("callback", ref() is None))
print(r() is a, weakref.getweakrefcount(a))
p = weakref.proxy(a)
print(len(p), p[0], p.typecode)
del a
gc.collect()
print(r())
class Sub(array.array):
    pass
s = Sub('b')
r2 = weakref.ref(s)
del s
print(r2())

import array, gc, weakref
class X(array.array):
    pass
x = X('i', [1, 2])
x.me = x
r = weakref.ref(x)
del x
print(gc.collect() > 0, r())
class S(array.array):
    __slots__ = ('s',)
y = S('d'); y.s = y
r2 = weakref.ref(y) if hasattr(S, '__weakref__') else None
del y
gc.collect()
print(r2() if r2 else 'no weakref slot')
print(hasattr(array.array('i'), '__dict__'), hasattr(X('i'), '__dict__'), gc.is_tracked(array.array('i')), gc.is_tracked(X('i')))

# weakref.ref: calling, sharing of the plain reference, death by refcount
import weakref


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(r() is n, weakref.ref(n) is r, weakref.getweakrefcount(n))
r2 = weakref.ref(n, lambda w: None)
print(r2 is r, r2 == r, weakref.getweakrefcount(n))
print(r.__callback__, callable(r2.__callback__))
del n
print(r(), r2(), r == r2, r2.__callback__)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
print(isinstance(r, weakref.ref), weakref.ref[int])

# WeakMethod: a weak reference to a bound method that lives as long as
# both its instance and its function
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


a = A(3)
log = []
wm = weakref.WeakMethod(a.get, lambda w: log.append("dead"))
print(wm()(), wm() == a.get, wm() is a.get, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(a.get), wm != weakref.WeakMethod(a.get), wm == weakref.WeakMethod(A(3).get))
print(weakref.ref(a.get)() is None)
del a
print(wm(), log)

b = A(4)
wm2 = weakref.WeakMethod(b.get, lambda w: log.append("func gone"))
del A.get
print(wm2(), log, b.n)
for bad in (len, A, lambda: 1, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(e)

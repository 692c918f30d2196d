# Callbacks run when the referent dies, the most recent first, with the
# dead reference as argument; a dead weakref object gets no callback.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name


log = []
t = Thing("a")
refs = [weakref.ref(t, lambda w, i=i: log.append((i, w() is None))) for i in range(4)]
del refs[1]
print(weakref.getweakrefcount(t))
del t
print(log)

t = Thing("b")
r = weakref.ref(t, lambda w: print("callback sees", w is r, w()))
t = None
print("after")

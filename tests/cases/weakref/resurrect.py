# A __del__ that resurrects its object keeps its weak references alive
import weakref

saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)
        print("resurrected")


p = Phoenix()
r = weakref.ref(p, lambda w: print("callback"))
del p
print(r() is saved[0], weakref.getweakrefcount(saved[0]))
saved.clear()
print(r())

# Classes die in a collection (they are always in a cycle); their weak
# references are then cleared with callbacks
import gc
import weakref

gc.disable()


def make():
    class Temp:
        def method(self):
            return 1

    return Temp


T = make()
r = weakref.ref(T, lambda w: print("class gone"))
instance = T()
ri = weakref.ref(instance, lambda w: print("instance gone"))
del instance
print(r() is T)
del T
print("collect")
gc.collect()
print(r())

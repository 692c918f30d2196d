# Finalizers of objects in cycles run once, during the collection
import gc

gc.disable()
order = []


class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


a, b = F("a"), F("b")
a.peer, b.peer = b, a
del a, b
print(order)
print(gc.collect())
print(sorted(order))
saved = []


class Lazarus:
    def __del__(self):
        saved.append(self)


z = Lazarus()
z.self = z
del z
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect() >= 1)

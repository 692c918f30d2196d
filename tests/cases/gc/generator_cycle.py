# A generator caught in a cycle runs its finally block when collected
import gc

gc.disable()


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


class Holder:
    pass


h = Holder()
h.gen = worker("cycle")
h.gen.__next__()
h.me = h
del h
print("before collect")
print(gc.collect() > 0)
print("after collect")

g = worker("self")
next(g)
box = [g]
box.append(box)
del g, box
gc.collect()
print("done")

# gc.callbacks are called with ("start"|"stop", info) around a collection
import gc

gc.disable()
events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(cb)


class C:
    pass


c = C()
c.c = c
del c
n = gc.collect()
gc.callbacks.remove(cb)
print(n, events)
gc.collect()
print(len(events), gc.callbacks)

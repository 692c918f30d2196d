# A gc callback that allocates while a collection is due: the collection
# does not start again inside the callback (cipy recursed until the stack
# ran out), and gc.collect() there does nothing.
import gc

seen = []
inner = []


def callback(phase, info):
    seen.append((phase, sorted(info)))
    junk = [[i] for i in range(50)]
    if phase == 'start' and not inner:
        inner.append(gc.collect())


gc.callbacks.append(callback)
data = [[i] for i in range(100000)]
gc.collect()
gc.callbacks.remove(callback)
print(sorted(set(phase for phase, keys in seen)), seen[-1], inner)

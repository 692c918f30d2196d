# enable/disable, thresholds, debug flags
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(old, type(gc.get_count()).__name__, len(gc.get_count()))
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(50, 3, 4)
print(gc.get_threshold())
gc.set_threshold(*old)
for bad in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print(e)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug(), gc.garbage, type(gc.callbacks).__name__)
print(gc.get_freeze_count())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))

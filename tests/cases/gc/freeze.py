# freeze() hides the objects it froze from collections until unfreeze()
import gc

gc.disable()


class C:
    pass


c = C()
c.c = c
del c
gc.freeze()
print(gc.get_freeze_count() > 0, gc.collect())
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect())

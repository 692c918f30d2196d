# A coroutine never awaited warns; with origin tracking on, the warning
# lists where it was created, outermost call first.
import gc
import sys

async def c():
    pass

def make():
    return c()

def outer():
    return make()

sys.set_coroutine_origin_tracking_depth(3)
outer()
gc.collect()
sys.set_coroutine_origin_tracking_depth(1)
x = outer()
del x
sys.set_coroutine_origin_tracking_depth(0)
outer()
print('end', file=sys.stderr)

# sys.set_coroutine_origin_tracking_depth and coroutine.cr_origin.
import sys

async def c():
    pass

def make():
    return c()

def outer():
    return make()

print(sys.get_coroutine_origin_tracking_depth())
x = c()
print(x.cr_origin)
x.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
x = outer()
print([(name, line) for _, line, name in x.cr_origin], x.cr_origin[0][0] == __file__)
x.close()
sys.set_coroutine_origin_tracking_depth(10)
x = outer()
print([(name, line) for _, line, name in x.cr_origin])
x.close()

class Holder:
    async def method(self):
        return 1
    def start(self):
        return self.method()
x = Holder().start()
print([(name, line) for _, line, name in x.cr_origin])
x.close()

for bad in [-1, 'a', 2**70, None]:
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.set_coroutine_origin_tracking_depth()
except TypeError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(depth=3)
print(sys.get_coroutine_origin_tracking_depth())
print(sys.set_coroutine_origin_tracking_depth.__text_signature__,
      sys.get_coroutine_origin_tracking_depth.__text_signature__)
print(sys.set_coroutine_origin_tracking_depth.__doc__)
print(sys.get_coroutine_origin_tracking_depth.__doc__)

def gen():
    yield
async def agen():
    yield
print(hasattr(gen(), 'cr_origin'), hasattr(agen(), 'cr_origin'), hasattr(agen(), 'ag_origin'))

# A coroutine made while tracking keeps its origin after tracking stops.
sys.set_coroutine_origin_tracking_depth(1)
kept = outer()
sys.set_coroutine_origin_tracking_depth(0)
print([(name, line) for _, line, name in kept.cr_origin], outer().cr_origin)
kept.close()

# types.coroutine: generator functions become awaitable, other callables are wrapped.
import types

def gen_based():
    got = yield "first"
    return got * 2

same = types.coroutine(gen_based)
print(same is gen_based, bool(gen_based.__code__.co_flags & 0x100))

async def native(): return 1
print(types.coroutine(native) is native)

async def driver():
    a = await gen_based()
    b = await wrapped_gen()
    return a, b

def helper():
    yield "from helper"
    return 7

def make_helper():
    return helper()
wrapped_gen = types.coroutine(make_helper)
print(wrapped_gen is make_helper, wrapped_gen.__name__, wrapped_gen.__wrapped__ is make_helper)

c = driver()
print(c.send(None))
print(c.send(21))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

w = wrapped_gen()
print(type(w).__name__, w.__name__, w.__qualname__, w.gi_running, w.cr_running, w.gi_suspended)
print(w.gi_code is w.cr_code, w.gi_code.co_name, w.cr_await, w.gi_frame is w.cr_frame)
print(next(w))
print(w.gi_suspended, w.cr_suspended)
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(w.close())

def returns_list(): return [1, 2]
print(types.coroutine(returns_list)())
class Callable:
    def __call__(self, x): return x + 1
print(types.coroutine(Callable())(1))
async def ag(): yield 1
wrapped_ag = types.coroutine(ag)
print(wrapped_ag is ag, type(wrapped_ag()).__name__)
def native_maker():
    return native()
nc = types.coroutine(native_maker)()
print(type(nc).__name__)
nc.close()

# setprofile with coroutines and an async generator driven by hand: 'call'
# at each resumption, 'return' at each suspension, the C calls in between.
import sys

class Ready:
    def __await__(self):
        yield "tick"
        return 1

async def agen():
    yield 10
    yield 20

async def work():
    a = await Ready()
    total = a
    async for v in agen():
        total += v
    return total

def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        print(event, name, getattr(arg, "__qualname__", arg))
    elif frame.f_code.co_filename == prof.__code__.co_filename:
        print(event, name, type(arg).__name__)

sys.setprofile(prof)
c = work()
try:
    while True:
        c.send(None)
except StopIteration as e:
    result = e.value
sys.setprofile(None)
print(result)

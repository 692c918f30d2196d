# Coroutines driven by hand: 'call' at every resumption, 'return' at every
# suspension, awaits of other coroutines.
import sys

class Ready:
    def __await__(self):
        yield "suspended"
        return 5

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name in ("inner", "outer"):
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, repr(arg))
    return show

async def inner():
    v = await Ready()
    return v + 1

async def outer():
    a = await inner()
    b = await inner()
    return a + b

sys.settrace(show)
c = outer()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration as e:
    print("result", e.value)
sys.settrace(None)

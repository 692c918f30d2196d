# An async generator consumed by async for, traced: resumptions and yields
# of both frames.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name in ("agen", "consume"):
        a = arg[0].__name__ if event == "exception" else repr(arg)
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, a)
    return show

async def agen():
    yield 1
    yield 2

async def consume():
    total = 0
    async for v in agen():
        total += v
    return total

sys.settrace(show)
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
sys.settrace(None)

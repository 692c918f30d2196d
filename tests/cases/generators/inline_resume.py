# Generators resumed by for loops and yield from inside the interpreter loop:
# return values, exceptions and their tracebacks, exception state, frames.
import sys

def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return "inner-done"

def outer():
    r = yield from inner(3)
    print("outer saw", r)
    r2 = yield from inner(0)
    print("outer saw", r2)
    return "outer-done"

for v in outer():
    print("for got", v)

g = outer()
print(next(g), g.send("hello"), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)

def failing():
    yield 1
    raise ValueError("from generator")

def delegating():
    yield from failing()

try:
    for x in delegating():
        print("x", x)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, names)

def handled_state():
    try:
        raise KeyError("outer")
    except KeyError:
        yield sys.exception()
        yield sys.exception()

def consumer():
    for e in handled_state():
        print("state", repr(e), repr(sys.exception()))

consumer()

def chain_frames():
    yield sys._getframe().f_back.f_code.co_name

def caller_frame():
    for name in chain_frames():
        return name

print("resumed from", caller_frame())

def stop_inside():
    yield 1
    raise StopIteration("bad")

try:
    for y in stop_inside():
        print("y", y)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def running_check(gen_box):
    yield gen_box[0].gi_running

box = []
it = running_check(box)
box.append(it)
for r in it:
    print("gi_running inside", r)

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"

print(list(deep(50)))

def rec(n):
    yield from rec(n + 1)

try:
    next(rec(0))
except RecursionError as e:
    print("RecursionError", e)

# a generator closed while its consumer loop is suspended elsewhere
def source():
    try:
        yield 1
        yield 2
    finally:
        print("source closed")

def relay(src):
    for v in src:
        yield v * 10

r = relay(source())
print(next(r))
r.close()
print("relay closed")

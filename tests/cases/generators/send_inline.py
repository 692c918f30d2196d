# gen.send() and coroutine.send() called from Python code: yields, returns,
# errors, misuse, and generators only the call itself keeps alive.
import sys


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got


g = echo()
print(g.send(None), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("finished again", e.args)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def selfish():
    yield me.send(None)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def raiser():
    yield 1
    raise KeyError("inside")


g = raiser()
g.send(None)
try:
    g.send(None)
except KeyError as e:
    print("KeyError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def make():
    x = yield "first"
    print("got", x)
    yield "second"


print(make().send(None))


def with_finally():
    try:
        yield 1
    finally:
        print("finally ran")


print(with_finally().send(None))


async def coro(n):
    return n * 2


c = coro(21)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v


async def waiter():
    return await Awaitable()


c = waiter()
print(c.send(None))
try:
    c.send("resumed with")
except StopIteration as e:
    print("waiter returned", e.value)

# the send method taken from the type, and applied to the wrong kind of object
gen_type = type(echo())
g = echo()
print(gen_type.send(g, None))
try:
    gen_type.send(c, None)
except TypeError as e:
    print("TypeError:", e)


def stops():
    yield 1
    raise StopIteration("inner")


g = stops()
g.send(None)
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def counter_gen():
    i = 0
    while True:
        i += yield i


g = counter_gen()
g.send(None)
print(sum(g.send(k) for k in range(100)))
print(sys.getrecursionlimit())

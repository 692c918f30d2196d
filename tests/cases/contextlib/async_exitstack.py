# AsyncExitStack: async and sync callbacks, suppression, chaining
import sys
from contextlib import AsyncExitStack, asynccontextmanager, nullcontext

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out

@asynccontextmanager
async def named(n):
    print("enter", n)
    yield n
    print("exit", n)

class AExiter:
    async def __aexit__(self, *exc):
        print("AExiter", exc[0])
        return True

async def acb(*args, **kwds):
    print("async callback", args, kwds)

async def main():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(named("a")))
        print(stack.enter_context(nullcontext("sync")))
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.callback(print, "sync callback")
        ex = AExiter()
        print(stack.push_async_exit(ex) is ex)
        async def fn(*d):
            print("coroutine exit fn", d[0])
        print(stack.push_async_exit(fn) is fn)
        raise KeyError("suppressed by AExiter")
    print("after")

    stack = AsyncExitStack()
    stack.push_async_callback(acb, "closed")
    moved = stack.pop_all()
    await stack.aclose()
    await moved.aclose()
    print(type(moved).__name__)

    async def araise(exc):
        raise exc
    try:
        async with AsyncExitStack() as s:
            s.push_async_callback(araise, KeyError(1))
            s.callback(lambda: (_ for _ in ()).throw(ValueError(2)))
            s.push_async_callback(araise, TypeError(3))
            raise IndexError(0)
    except Exception as e:
        print(chain(e))
    try:
        ek = AsyncExitStack().push_async_callback()
    except TypeError as e:
        print("TypeError:", e)

run(main())
print(AsyncExitStack.__doc__)
for name in ("enter_async_context", "push_async_exit", "push_async_callback", "aclose"):
    print(getattr(AsyncExitStack, name).__doc__)

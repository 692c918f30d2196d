# @asynccontextmanager: protocol errors and exceptions thrown in
from contextlib import asynccontextmanager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

def frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals is globals():
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@asynccontextmanager
async def keeps_going():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e))

@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError:
        pass

@asynccontextmanager
async def plain():
    yield

async def main():
    for f in (no_yield, two_yields, keeps_going):
        try:
            async with f():
                if f is keeps_going:
                    raise KeyError("k")
        except RuntimeError as e:
            print(f.__name__, "RuntimeError:", e, e.__suppress_context__)
    async with swallow():
        raise KeyError
    print("swallowed")
    for exc in (StopIteration("s"), StopAsyncIteration("a"), RuntimeError("r"), ValueError("v")):
        try:
            async with plain():
                raise exc
        except BaseException as e:
            print(repr(e), e is exc, frames(e))

run(main())

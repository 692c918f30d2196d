# @asynccontextmanager: a generator that yields again after athrow, by hand
from contextlib import asynccontextmanager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

@asynccontextmanager
async def yields_again():
    try:
        yield 1
    except Exception:
        yield 2
    finally:
        print("finally of yields_again")

@asynccontextmanager
async def transform():
    try:
        yield
    except KeyError as e:
        raise ValueError("changed") from e

@asynccontextmanager
async def observe():
    try:
        yield
    except BaseException as e:
        print("observed", repr(e))
        raise

async def main():
    cm = yields_again()
    print(await cm.__aenter__())
    try:
        await cm.__aexit__(KeyError, KeyError("k"), None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    cm = observe()
    await cm.__aenter__()
    print(await cm.__aexit__(IndexError, None, None))
    try:
        async with transform():
            raise KeyError("orig")
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    try:
        async with cm:
            pass
    except AttributeError as e:
        print("AttributeError:", e)

run(main())

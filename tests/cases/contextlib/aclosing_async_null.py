# aclosing and nullcontext used with async with
from contextlib import aclosing, nullcontext

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("coroutine suspended")

async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalised")

class Thing:
    async def aclose(self):
        print("Thing.aclose")

async def main():
    async with aclosing(ticker(10)) as t:
        async for i in t:
            if i == 2:
                break
            print(i)
    print("after aclosing")
    async with aclosing(Thing()) as th:
        print(type(th).__name__)
    try:
        async with aclosing(Thing()):
            raise KeyError("k")
    except KeyError:
        print("KeyError passed through")
    async with nullcontext(7) as v:
        print("nullcontext gave", v)
    try:
        async with aclosing(1):
            pass
    except AttributeError as e:
        print("AttributeError:", e)

run(main())
print(aclosing.__doc__)

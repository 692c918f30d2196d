# Coroutines, async generators and comprehensions, await in generator
# expressions, compiled by compile().
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
import asyncio
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
async def main():
    g = agen()
    print(await g.asend(None), await g.__anext__())
    print([x async for x in agen() if x])
    print({x: x async for x in agen()})
    await g.aclose()
    async def inner():
        return [await asyncio.sleep(0, result=i) for i in range(3)]
    print(await inner())
asyncio.run(main())
""")

run("""\
import asyncio
async def val(i):
    await asyncio.sleep(0)
    return i * 10
async def main():
    g = (await val(i) for i in range(3))
    print(type(g).__name__, [x async for x in g])
    h = (i async for i in agen())
    print(type(h).__name__, [x async for x in h])
    print([await val(i) for i in range(2)], {i: await val(i) for i in range(2)})
async def agen():
    yield 1
    yield 2
asyncio.run(main())
""")

run("""\
def f():
    return (await x for x in y)
print(type(f()).__name__)
""")


# coroutines, async for, await and async generators
import dis


async def fetch(src):
    total = 0
    async for item in src:
        total += await item
    return total


async def agen(n):
    for i in range(n):
        yield i
        await fetch(i)


dis.dis(fetch)
dis.dis(agen)
c = fetch([])
dis.dis(c)
c.close()
a = agen(1)
dis.dis(a)
print(dis.pretty_flags(fetch.__code__.co_flags), dis.pretty_flags(agen.__code__.co_flags))

# lib: symdump
# Coroutines, async iteration and comprehensions, generators.
from symdump import dump

dump('''
async def fetch(session, urls):
    async with session.get(urls[0]) as resp:
        data = await resp.read()
    async for chunk in resp:
        data += chunk
    results = [await s for s in urls]
    gen = (u async for u in session)
    return data, results, gen
def numbers(n):
    yield from range(n)
    total = yield n
    return total
async def agen():
    yield 1
''')

import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def fib(n):
    if n < 2:
        return n
    a = asyncio.create_task(fib(n - 1))
    b = asyncio.create_task(fib(n - 2))
    return await add(await a, await b)

async def main():
    print([await fib(i) for i in range(10)])
    print(len(asyncio.all_tasks()))

asyncio.run(main())

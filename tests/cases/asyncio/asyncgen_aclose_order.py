import asyncio

async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print(tag, 'cleanup done')

async def main():
    g = gen('explicit')
    print(await anext(g))
    await g.aclose()
    print('after aclose')
    g2 = gen('left open')
    print(await anext(g2))
    return g2

kept = asyncio.run(main())
print('run finished; shutdown_asyncgens closed it')

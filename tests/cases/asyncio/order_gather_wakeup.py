import asyncio

async def step(tag, n):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)
    print(tag, 'returns')
    return tag

async def main():
    g = asyncio.gather(step('x', 2), step('y', 1))
    g.add_done_callback(lambda f: print('gather done callback', f.result()))
    print('main awaits gather')
    print('main got', await g)
    print('main continues')

asyncio.run(main())

import asyncio

def work(tag):
    return tag.upper()

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.run_in_executor(None, work, 'a')
    print('submitted a')
    f2 = loop.run_in_executor(None, work, 'b')
    print(await asyncio.gather(f1, f2))
    print(await asyncio.to_thread(str.join, '-', ['x', 'y']))
    for ex in (None, object()):
        try:
            loop.set_default_executor(ex)
        except TypeError as e:
            print('TypeError', e)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))

asyncio.run(main())

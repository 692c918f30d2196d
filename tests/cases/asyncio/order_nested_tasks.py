import asyncio

async def leaf(tag):
    print('leaf start', tag)
    await asyncio.sleep(0)
    print('leaf end', tag)
    return tag

async def mid(tag):
    print('mid start', tag)
    t = asyncio.create_task(leaf(tag + '.child'))
    print('mid created child', tag)
    r = await leaf(tag + '.direct')
    print('mid got direct', r)
    print('mid got child', await t)

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(mid('A'))
    b = asyncio.create_task(mid('B'))
    loop.call_soon(print, 'callback between')
    print('main yields')
    await asyncio.sleep(0)
    print('main back')
    await asyncio.gather(a, b)
    print('all done')

asyncio.run(main())

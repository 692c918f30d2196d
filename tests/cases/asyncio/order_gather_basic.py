import asyncio

async def worker(name, n, delay=0):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon1')
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    loop.call_soon(print, 'soon2')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('fut cb', f.result()))
    loop.call_later(0, fut.set_result, 42)
    print('before gather')
    r = await asyncio.gather(t1, t2, worker('c', 2))
    print(r)
    print(await fut)
    async def boom():
        await asyncio.sleep(0)
        raise ValueError('x')
    r = await asyncio.gather(boom(), worker('d', 3), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(boom(), worker('e', 3))
    except ValueError as e:
        print('caught', repr(e))
    await asyncio.sleep(0.01)
    print('end')

asyncio.run(main())

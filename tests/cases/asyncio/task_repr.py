import asyncio

async def f():
    await asyncio.sleep(0)
    return 5

async def g(fut):
    return await fut

async def bad():
    raise ValueError('bad')

def show(x):
    print(repr(x).replace(__file__, 'FILE'))

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(f())
    show(t)
    fut = loop.create_future()
    t2 = asyncio.create_task(g(fut), name='gg')
    await asyncio.sleep(0)
    show(fut)
    show(t2)
    show(t)
    await asyncio.sleep(0)
    show(t)
    print(t.get_coro().__qualname__, type(t.get_context()).__name__, t.get_loop() is loop)
    fut.set_result(3)
    show(t2)
    show(loop._ready)
    await t2
    show(t2)
    t3 = asyncio.create_task(f(), name=7)
    print(t3.get_name(), repr(t3.get_name()))
    t3.set_name(('a', 1))
    print(t3.get_name())
    t4 = asyncio.create_task(f())
    print(t4.get_name())
    await t3
    t5 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    show(t5)
    print(repr(t5.exception()))
    t6 = asyncio.create_task(f())
    t6.cancel()
    show(t6)
    await asyncio.sleep(0)
    show(t6)
    t7 = asyncio.create_task(f())
    await asyncio.sleep(0)
    t7.cancel('why')
    show(t7)
    try:
        await t7
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    show(t7)
    try:
        t7.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t7.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    print(type(t7).__module__, type(t7).__qualname__, asyncio.Task.__mro__[1].__name__)
    await t4

asyncio.run(main())

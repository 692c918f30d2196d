import asyncio

async def quick(tag):
    print('quick runs', tag)
    return tag

async def slow(tag):
    print('slow starts', tag)
    await asyncio.sleep(0)
    print('slow resumes', tag)
    return tag

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick('a'))
    print('created a', t.done(), repr(t))
    t2 = asyncio.create_task(slow('b'))
    print('created b', t2.done(), repr(t2).replace(__file__, 'FILE'))
    print(await t2)
    print(t in asyncio.all_tasks(), t2 in asyncio.all_tasks())
    loop.set_task_factory(None)
    t3 = asyncio.create_task(quick('c'))
    print('created c', t3.done())
    await t3
    class MyTask(asyncio.Task):
        pass
    loop.set_task_factory(asyncio.create_eager_task_factory(MyTask))
    t4 = asyncio.create_task(quick('d'), name='dee')
    print(type(t4).__name__, t4.get_name(), t4.result())
    loop.set_task_factory(None)
    t5 = asyncio.Task(quick('e'), loop=loop, eager_start=True)
    print('eager_start', t5.done())
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print('TypeError', e)
    def factory(loop, coro, **kw):
        print('factory called', sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(factory)
    await asyncio.create_task(quick('f'), name='eff')
    print(loop.get_task_factory() is factory)
    loop.set_task_factory(None)
    async def cur():
        return asyncio.current_task().get_name()
    loop.set_task_factory(asyncio.eager_task_factory)
    print('current inside eager', asyncio.create_task(cur(), name='inside').result())
    loop.set_task_factory(None)

asyncio.run(main())

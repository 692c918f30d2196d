# "Task exception was never retrieved" and "Task was destroyed but it is
# pending!" reach the default handler (logging) when the task is collected.
import asyncio
import gc

async def boom():
    raise ValueError('lost')

async def forever(fut):
    await fut

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print('done', t.done())
    del t
    print('after del')
    t = asyncio.create_task(forever(loop.create_future()))
    await asyncio.sleep(0)
    del t
    gc.collect()
    print('after collect')
    fut = loop.create_future()
    fut.set_exception(KeyError('k'))
    del fut
    print('after future del')
    fut = loop.create_future()
    fut.set_exception(KeyError('seen'))
    fut.exception()
    del fut
    print('retrieved, nothing logged')

asyncio.run(main())
print('end')

import asyncio
import contextvars

var = contextvars.ContextVar('var', default='default')

async def child(tag):
    print(tag, 'sees', var.get())
    var.set(tag)
    await asyncio.sleep(0)
    print(tag, 'still', var.get())

def cb(tag):
    print('callback', tag, var.get())

async def main():
    var.set('main')
    t = asyncio.create_task(child('t1'))
    var.set('main2')
    await t
    print('main after child', var.get())
    ctx = contextvars.Context()
    t = asyncio.create_task(child('t2'), context=ctx)
    await t
    print('ctx has', ctx[var])
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'soon')
    ctx2 = contextvars.copy_context()
    var.set('changed')
    loop.call_soon(cb, 'soon-ctx2', context=ctx2)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('done cb sees', var.get()))
    var.set('at set_result')
    fut.set_result(None)
    await asyncio.sleep(0)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print('done cb with context', var.get()), context=ctx)
    fut2.set_result(None)
    await asyncio.sleep(0)
    print(t.get_context() is ctx)
    async def gathered(i):
        var.set(i)
        await asyncio.sleep(0)
        return var.get()
    print(await asyncio.gather(*(gathered(i) for i in range(3))), var.get())
    async with asyncio.TaskGroup() as tg:
        tt = tg.create_task(child('in group'), context=contextvars.Context())
    print(var.get())

asyncio.run(main())
print('outside', var.get())

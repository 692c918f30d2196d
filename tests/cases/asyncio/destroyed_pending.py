import asyncio
import gc

async def stuck(fut):
    await fut

def handler(loop, ctx):
    print(ctx['message'], repr(ctx['task']).split(' coro=')[0])

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
t = loop.create_task(stuck(loop.create_future()), name='lost')
loop.run_until_complete(asyncio.sleep(0))
del t
gc.collect()
print('collected')
t = loop.create_task(stuck(loop.create_future()), name='lost2')
t._log_destroy_pending = False
loop.run_until_complete(asyncio.sleep(0))
del t
gc.collect()
print('silenced')
loop.set_exception_handler(None)
t = loop.create_task(stuck(loop.create_future()), name='default-handler')
loop.run_until_complete(asyncio.sleep(0))
del t
gc.collect()
loop.close()

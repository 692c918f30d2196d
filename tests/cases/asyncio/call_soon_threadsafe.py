import asyncio

loop = asyncio.new_event_loop()
def cb(x):
    print('threadsafe cb', x)
h = loop.call_soon_threadsafe(cb, 1)
print(type(h).__name__, h.cancelled())
loop.call_soon(cb, 2)
loop.call_soon_threadsafe(loop.stop)
loop.run_forever()
h = loop.call_soon_threadsafe(cb, 3)
h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
async def main():
    fut = loop.create_future()
    loop.call_soon_threadsafe(fut.set_result, 'woken')
    print(await fut)
loop.run_until_complete(main())
loop.close()
try:
    loop.call_soon_threadsafe(cb, 4)
except RuntimeError as e:
    print('RuntimeError', e)

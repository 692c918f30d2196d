import asyncio

loop = asyncio.new_event_loop()
async def value(v):
    await asyncio.sleep(0)
    return v
print(loop.run_until_complete(value(1)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from future')
print(loop.run_until_complete(fut))
task = loop.create_task(value('task'))
print(loop.run_until_complete(task), task.done())
async def stopper():
    loop.stop()
    await asyncio.sleep(10)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError', e)
async def nested():
    try:
        loop.run_until_complete(value(2))
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(value(3))
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)
    other.close()
loop.run_until_complete(nested())
async def raises():
    raise KeyError('k')
try:
    loop.run_until_complete(raises())
except KeyError as e:
    print('KeyError', e)
try:
    loop.run_until_complete(5)
except TypeError as e:
    print('TypeError', e)
class Aw:
    def __await__(self):
        return (yield from value('awaitable').__await__())
print(loop.run_until_complete(Aw()))
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()

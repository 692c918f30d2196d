import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

async def main(x):
    print('main', x, var.get())
    var.set(x)
    return x * 2

print(asyncio.run(main(1)))
print(var.get())
try:
    asyncio.run(5)
except TypeError as e:
    print('TypeError', e)
async def nested():
    c = main(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
asyncio.run(nested())
with asyncio.Runner() as r:
    print(repr(r._state) if hasattr(r, '_state') else '')
    print(r.run(main(2)))
    print(r.run(main(3)))
    loop = r.get_loop()
    print(loop.is_closed())
    ctx = contextvars.copy_context()
    print(r.run(main(4), context=ctx), ctx[var])
print(loop.is_closed())
try:
    r.run(main(5))
except RuntimeError as e:
    print('RuntimeError', e)
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()
r = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r.run(main(6)))
r.close()
async def failing():
    raise ValueError('in main')
try:
    asyncio.run(failing())
except ValueError as e:
    print('ValueError', e)
async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print('CancelledError', repr(e))
async def leaves_tasks():
    async def child(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('child', i, 'cancelled at shutdown')
            raise
    for i in range(1):
        asyncio.create_task(child(i))
    await asyncio.sleep(0)
    return 'main returns'
print(asyncio.run(leaves_tasks()))
class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'awaitable'
print(asyncio.run(Awaitable()))

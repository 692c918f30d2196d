import asyncio
import sys

async def agen(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, 'closed')

async def main():
    print(sys.get_asyncgen_hooks().firstiter is not None)
    g = agen('unfinished')
    print(await g.__anext__(), await g.__anext__())
    async for i in agen('complete'):
        if i == 1:
            break
    print('broke out')
    loop = asyncio.get_running_loop()
    print(len(loop._asyncgens) >= 1)
    return g

print(sys.get_asyncgen_hooks())
g = asyncio.run(main())
print('after run', sys.get_asyncgen_hooks())
loop = asyncio.new_event_loop()
async def again():
    async for i in agen('second loop'):
        if i:
            return i
print(loop.run_until_complete(again()))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
async def failing_close():
    try:
        yield 1
    finally:
        raise ValueError('in aclose')
async def leave_open():
    g = failing_close()
    await g.__anext__()
    return g
def handler(loop, ctx):
    print('handler:', ctx['message'].split(' <')[0], repr(ctx['exception']))
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
kept = loop.run_until_complete(leave_open())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()

# Task.print_stack: the stack of a pending task, the traceback of a failed
# one, "No stack" for a finished one; limit and file.
import asyncio, io, sys
async def inner():
    await asyncio.sleep(0)
    await asyncio.sleep(10)
async def outer():
    await inner()
async def bad():
    await asyncio.sleep(0)
    raise ValueError('x')
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=1, file=sys.stdout)
    t.cancel()
    b = asyncio.create_task(bad())
    try:
        await b
    except ValueError:
        pass
    b.print_stack(file=sys.stdout)
    b.print_stack(limit=0, file=sys.stdout)
    b.print_stack()
    p = asyncio.tasks._PyTask(outer())
    await asyncio.sleep(0)
    p.print_stack(file=sys.stdout)
    p.cancel()
    c = asyncio.create_task(outer())
    c.print_stack(file=sys.stdout)
    c.cancel()
    await asyncio.sleep(0)
    c.print_stack(file=sys.stdout)
asyncio.run(main())

import asyncio
import contextvars

var = contextvars.ContextVar('var', default='none')

def blocking(x, y=1):
    print('blocking runs', x, y, var.get())
    return x + y

def quiet(x, y=1):
    # (CPython runs these in two threads at once: a print could interleave)
    return x + y, var.get()

def failing():
    raise OSError('disk')

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    try:
        await loop.run_in_executor(None, failing)
    except OSError as e:
        print('OSError', e)
    var.set('set in main')
    print(await asyncio.to_thread(blocking, 2, y=5))
    try:
        await asyncio.to_thread(failing)
    except OSError as e:
        print('OSError', e)
    results = await asyncio.gather(asyncio.to_thread(quiet, 10), asyncio.to_thread(quiet, 20))
    print(results)
    await loop.shutdown_default_executor()
    print('shut down')

asyncio.run(main())

import asyncio
import logging

logging.basicConfig(format='LOG %(name)s %(levelname)s %(message)s')


class Other:
    """A loop-like object: ensure_future refuses a coroutine for it."""
    def __init__(self, real):
        self.real = real

    def call_soon_threadsafe(self, cb, *args):
        print('call_soon_threadsafe', cb.__name__)
        return self.real.call_soon(cb, *args)

    def create_task(self, coro):
        raise RuntimeError('no tasks here')


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: print('handler:', ctx['message'].split(' at ')[0],
                                                    repr(ctx.get('exception'))))
    f = asyncio.run_coroutine_threadsafe(work(), Other(loop))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f.done(), repr(f.exception(0)))


asyncio.run(main())

# lib: futshow
import asyncio
import concurrent.futures as cf
from futshow import no_threads

no_threads()


class Pool(cf.ThreadPoolExecutor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print('  pool shutdown', wait, cancel_futures)
        super().shutdown(wait, cancel_futures=cancel_futures)


loop = asyncio.new_event_loop()
for bad in (None, cf.Executor(), 'pool'):
    try:
        loop.set_default_executor(bad)
    except TypeError as e:
        print('TypeError', e)
pool = Pool(1)
loop.set_default_executor(pool)
print(loop._default_executor is pool)


async def main():
    try:
        loop.run_in_executor(None, print, 'never')
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await asyncio.to_thread(print, 'never')
    except RuntimeError as e:
        print('to_thread: RuntimeError', e)
    print('shutting down')
    try:
        await loop.shutdown_default_executor()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.run_in_executor(None, print, 'never')
    except RuntimeError as e:
        print('RuntimeError', e)


loop.run_until_complete(main())
print('closing')
loop.close()
loop.close()

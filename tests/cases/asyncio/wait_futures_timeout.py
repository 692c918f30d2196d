import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.005, futs[1].set_result, 'one')
    done, pending = await asyncio.wait(futs, timeout=0.05, return_when=asyncio.FIRST_COMPLETED)
    print([futs.index(f) for f in done], sorted(futs.index(f) for f in pending))
    done, pending = await asyncio.wait(futs, timeout=0.01)
    print(len(done), len(pending))
    futs[0].set_exception(ValueError('e'))
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(futs[0].exception()))
    futs[2].cancel()
    done, pending = await asyncio.wait(futs)
    print(len(done), len(pending), futs[2].cancelled())
    done, pending = await asyncio.wait(futs, timeout=0)
    print(len(done), len(pending))
    f = loop.create_future()
    done, pending = await asyncio.wait([f], timeout=0)
    print(len(done), len(pending))
    f.cancel()

asyncio.run(main())

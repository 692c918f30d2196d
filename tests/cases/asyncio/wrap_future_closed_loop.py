import asyncio
import concurrent.futures as cf
import logging

logging.basicConfig(format='LOG %(name)s %(message)s')
loop = asyncio.new_event_loop()
c = cf.Future()
a = asyncio.wrap_future(c, loop=loop)
loop.close()
c.set_result(1)          # the loop is closed: the result goes nowhere
print(a.done(), c.result())
try:
    asyncio.wrap_future(cf.Future(), loop=loop)
except RuntimeError as e:
    print('RuntimeError', e)

# with no loop given and none running, get_event_loop() decides
asyncio.set_event_loop(None)
try:
    asyncio.wrap_future(cf.Future())
except RuntimeError as e:
    print('RuntimeError', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.wrap_future(cf.Future()).get_loop() is loop)


async def main():
    c = cf.Future()
    a = asyncio.wrap_future(c)
    print(a.get_loop() is asyncio.get_running_loop())
    loop.call_soon(c.set_result, 'from a callback')
    print(await a)
    # results of both sides, chained by hand
    src, dst = loop.create_future(), cf.Future()
    asyncio.futures._chain_future(src, dst)
    src.set_result('to concurrent')
    print(dst.done())
    await asyncio.sleep(0)
    print(dst.result(0))
    for args in ((1, dst), (src, 'x')):
        try:
            asyncio.futures._chain_future(*args)
        except TypeError as e:
            print('TypeError', e)


loop.run_until_complete(main())
loop.close()

import asyncio
import warnings

loop = asyncio.new_event_loop()
print(repr(loop))
print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop),
      isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
print(asyncio.EventLoop is asyncio.SelectorEventLoop)
async def show():
    print(repr(asyncio.get_running_loop()))
    print(asyncio.get_event_loop() is loop)
loop.run_until_complete(show())
loop.set_debug(True)
print(repr(loop))
loop.close()
print(repr(loop))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
print(asyncio._get_running_loop())
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print(asyncio.get_event_loop() is l2)
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(1)
except TypeError as e:
    print(e)
l2.close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = asyncio.get_event_loop_policy()
    print(type(p).__name__)
    asyncio.set_event_loop_policy(None)
    cls = asyncio.DefaultEventLoopPolicy
    print(cls.__name__)
    print(asyncio.AbstractEventLoopPolicy.__name__)
    for x in w:
        print(x.category.__name__, x.message)
try:
    asyncio.nonexistent
except AttributeError as e:
    print(e)

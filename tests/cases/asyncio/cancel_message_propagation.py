import asyncio

async def inner():
    await asyncio.sleep(5)

async def middle():
    await inner()

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel('deep message')
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e), e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print('exception():', repr(e))
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('no message', repr(e), e.args)
    async def gatherer():
        await asyncio.gather(middle(), middle())
    t = asyncio.create_task(gatherer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('through gather')
    try:
        await t
    except asyncio.CancelledError as e:
        print('gather', e.args)

asyncio.run(main())

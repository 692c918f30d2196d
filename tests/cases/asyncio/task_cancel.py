import asyncio

async def sleeper(tag, d=10):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError as e:
        print(tag, 'cancelled with', e.args)
        raise
    finally:
        print(tag, 'finally')

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('swallowed')
    return 'kept going'

async def nested_inner():
    await asyncio.sleep(10)

async def nested_outer():
    try:
        await nested_inner()
    except asyncio.CancelledError as e:
        print('outer saw', repr(e))
        raise

async def main():
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel('second'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e))
    print(t.cancelled(), t.done(), t.cancel())

    t = asyncio.create_task(sleeper('b'))
    print(t.cancel('before start'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e))

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    t = asyncio.create_task(nested_outer())
    await asyncio.sleep(0)
    t.cancel('nest')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', repr(e))

    t = asyncio.create_task(sleeper('c', 0))
    t.cancel()
    t.uncancel()
    print('after uncancel', t.cancelling())
    await t
    print('c done', t.cancelled())

    # cancel the awaiting task while it waits on another task
    inner = asyncio.create_task(sleeper('inner'))
    async def waiter():
        try:
            await inner
        except asyncio.CancelledError as e:
            print('waiter', repr(e))
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel('from main')
    await asyncio.sleep(0)
    print(inner.cancelled(), w.cancelled())
    await asyncio.sleep(0)
    print(inner.cancelled(), w.cancelled())

    # cancelling yourself
    me = asyncio.current_task()
    me.cancel('self')
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print('self cancel', repr(e), me.cancelling(), me.uncancel())

asyncio.run(main())

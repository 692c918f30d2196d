import asyncio

async def job(tag, d, fail=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise
    if fail:
        raise fail
    print(tag, 'ok')
    return tag

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(job('a', 0))
        t2 = tg.create_task(job('b', 0.01), name='bee')
        print(repr(tg))
    print(repr(tg), t1.result(), t2.result(), t2.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('c', 0, ValueError('c failed')))
            tg.create_task(job('d', 1))
    except* ValueError as eg:
        print('caught', repr(eg), eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('e', 0, ValueError('e')))
            tg.create_task(job('f', 0, KeyError('f')))
    except ExceptionGroup as eg:
        print('group', eg.message, sorted(repr(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('g', 1))
            await asyncio.sleep(0)
            raise RuntimeError('body')
    except ExceptionGroup as eg:
        print('body error', eg.exceptions)
    try:
        tg.create_task(job('late', 0))
    except RuntimeError as e:
        print('RuntimeError', e)
    tg2 = asyncio.TaskGroup()
    c = job('x', 0)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print('RuntimeError', e)
    print(repr(tg2))

asyncio.run(main())

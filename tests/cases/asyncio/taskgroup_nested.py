import asyncio

async def fail(tag, d=0):
    await asyncio.sleep(d)
    raise ValueError(tag)

async def ok(tag, d=0):
    await asyncio.sleep(d)
    return tag

def dump(eg, indent=0):
    pad = ' ' * indent
    if isinstance(eg, BaseExceptionGroup):
        print(pad + type(eg).__name__, repr(eg.message), len(eg.exceptions))
        for e in eg.exceptions:
            dump(e, indent + 2)
    else:
        print(pad + repr(eg))

async def inner_group(tag):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(tag))
        tg.create_task(ok(tag + '-ok', 1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group('i1'))
            tg.create_task(ok('outer-ok', 1))
    except BaseExceptionGroup as eg:
        dump(eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('a'))
            tg.create_task(fail('b'))
            tg.create_task(fail('c', 1))
    except BaseExceptionGroup as eg:
        dump(eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('child'))
            raise KeyError('body')
    except BaseExceptionGroup as eg:
        dump(eg)
    results = []
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(ok(i, 0.001 * (3 - i))) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(fail('x'))
    except* ValueError:
        print('except* handled', t.done(), repr(t.exception()))

asyncio.run(main())

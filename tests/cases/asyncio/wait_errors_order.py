import asyncio

async def job(i):
    await asyncio.sleep(0)
    if i == 1:
        raise ValueError(i)
    return i

async def main():
    tasks = [asyncio.create_task(job(i), name=f'j{i}') for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(tasks, timeout=None)
    print(len(done), len(pending))
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait(tasks, return_when=None)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())

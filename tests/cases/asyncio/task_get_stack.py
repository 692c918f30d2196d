import asyncio

async def inner():
    await asyncio.sleep(0.01)

async def outer():
    await inner()

async def fails():
    raise ValueError('x')

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    st = t.get_stack()
    print([f.f_code.co_name for f in st], [f.f_lineno for f in st])
    print(t.get_stack(limit=0))
    await t
    print(t.get_stack())
    f = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print([fr.f_code.co_name for fr in f.get_stack()], len(f.get_stack(limit=1)))
    f.exception()

asyncio.run(main())

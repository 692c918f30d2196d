import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        try:
            raise KeyError('original')
        except KeyError as k:
            raise ValueError('wrapped') from k
    except ValueError as e:
        f.set_exception(e)
    try:
        await f
    except ValueError as e:
        print(repr(e), repr(e.__cause__), e.__cause__ is f.exception().__cause__)
    g = loop.create_future()
    loop.call_soon(g.set_exception, TypeError('later'))
    try:
        await g
    except TypeError as e:
        print('TypeError', e)
    try:
        await g
    except TypeError as e:
        print('again', e)

asyncio.run(main())

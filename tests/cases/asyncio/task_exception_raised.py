import asyncio

class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)

async def raiser(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    for exc in (ValueError('v'), Custom(1, 2), OSError(2, 'missing'), ExceptionGroup('g', [KeyError(1)])):
        t = asyncio.create_task(raiser(exc))
        try:
            await t
        except BaseException as got:
            print(type(got).__name__, got is exc, repr(t.exception()) == repr(exc), t.done(), t.cancelled())
    t = asyncio.create_task(raiser(ValueError('traced')))
    try:
        await t
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names[0], names[-1])

asyncio.run(main())

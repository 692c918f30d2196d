import asyncio

loop = asyncio.new_event_loop()


async def plain():
    print(await loop.run_in_executor(None, divmod, 7, 2))
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, divmod, 7, 2)
    except RuntimeError as e:
        print('RuntimeError', e)


loop.run_until_complete(plain())
loop.close()

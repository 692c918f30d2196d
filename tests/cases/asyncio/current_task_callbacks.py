import asyncio

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def cb(fut):
        seen.append(asyncio.current_task())
    f = loop.create_future()
    f.add_done_callback(cb)
    f.set_result(None)
    await asyncio.sleep(0)
    print(seen)
    async def named():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(named(), name='who-am-i'))
    print(await named())
    print(asyncio.current_task().get_name())

asyncio.run(main())

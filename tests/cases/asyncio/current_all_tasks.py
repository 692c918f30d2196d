import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    ts = [asyncio.create_task(sleeper(1), name=f's{i}') for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    for t in ts:
        t.cancel()
    other = asyncio.new_event_loop()
    print(asyncio.all_tasks(other), asyncio.current_task(other))
    other.close()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError', e)
def cb():
    print('current in callback', asyncio.current_task())
loop = asyncio.new_event_loop()
loop.call_soon(cb)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

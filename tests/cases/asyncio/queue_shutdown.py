import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    print(str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown as e:
        print('QueueShutDown', repr(e))
    try:
        await q.put(3)
    except asyncio.QueueShutDown:
        print('put refused')
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print('get_nowait after drain')
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('get after drain')
    # blocked getters wake up
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    q.shutdown()
    for g in getters:
        try:
            await g
        except asyncio.QueueShutDown:
            print('getter woke with QueueShutDown')
    # blocked putters wake up
    q = asyncio.Queue(1)
    q.put_nowait('a')
    p = asyncio.create_task(q.put('b'))
    await asyncio.sleep(0)
    q.shutdown()
    try:
        await p
    except asyncio.QueueShutDown:
        print('putter woke with QueueShutDown')
    # immediate: items dropped, join released
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    await j
    print('join released', q.qsize(), str(q))
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())

import asyncio

def show(q):
    print(str(q), repr(q).split(' at ')[0])

async def main():
    q = asyncio.Queue()
    show(q)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        q.put_nowait(i)
    show(q)
    print(q.get_nowait(), q.qsize())
    q.task_done()
    show(q)
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait('x')
    print(bq.full())
    try:
        bq.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    putter = asyncio.create_task(bq.put('y'))
    getter_q = asyncio.Queue()
    getter = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    show(bq)
    show(getter_q)
    print(await bq.get(), await bq.get(), putter.done())
    getter_q.put_nowait('z')
    print(await getter)
    try:
        q2 = asyncio.Queue()
        q2.task_done()
    except ValueError as e:
        print('ValueError', e)
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'abc':
        lq.put_nowait(item)
    show(lq)
    print([lq.get_nowait() for _ in range(3)])
    print(asyncio.Queue[int], asyncio.QueueShutDown.__module__, asyncio.QueueEmpty.__mro__[1].__name__)

asyncio.run(main())

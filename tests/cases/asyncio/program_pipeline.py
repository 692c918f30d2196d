# Three stages joined by bounded queues, shut down from the front.
import asyncio

async def source(out, n):
    for i in range(n):
        await out.put(i)
        print('source put', i)
    out.shutdown()
    print('source done')

async def square(inp, out):
    try:
        while True:
            x = await inp.get()
            await out.put(x * x)
            print('square', x)
    except asyncio.QueueShutDown:
        out.shutdown()
        print('square done')

async def sink(inp, acc):
    try:
        while True:
            acc.append(await inp.get())
    except asyncio.QueueShutDown:
        print('sink done')

async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(1)
    acc = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(source(q1, 6))
        tg.create_task(square(q1, q2))
        tg.create_task(sink(q2, acc))
    print(acc)

asyncio.run(main())

import asyncio

print(asyncio.Queue[int], asyncio.PriorityQueue[str], asyncio.LifoQueue[bytes])
print(asyncio.Future[int].__origin__ is asyncio.Future)
q = asyncio.Queue(3)
print(q.maxsize, str(q))
q2 = asyncio.Queue(-1)
for i in range(5):
    q2.put_nowait(i)
print(q2.full(), q2.qsize(), str(q2))
class MyQ(asyncio.Queue):
    pass
print(str(MyQ()))
q3 = asyncio.Queue(0)
print(q3.full(), q3.empty())

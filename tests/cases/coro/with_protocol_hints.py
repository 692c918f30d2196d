class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

async def bad():
    async with SyncOnly():
        pass
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

try:
    with AsyncOnly():
        pass
except TypeError as e:
    print("TypeError:", e)

class SyncIter:
    def __iter__(self):
        return iter([])
async def bad2():
    async for x in SyncIter():
        pass
c = bad2()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class AsyncIter:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
try:
    for x in AsyncIter():
        pass
except TypeError as e:
    print("TypeError:", e)

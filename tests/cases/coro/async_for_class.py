class Tick:
    def __await__(self):
        yield "tick"

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            print("ticks", n)
            return e.value

async def main():
    out = []
    async for v in ARange(3):
        print("got", v)
        out.append(v)
    else:
        print("else clause")
    async for v in ARange(5):
        if v == 20:
            break
    else:
        print("not printed")
    print("after break", v)
    return out

print(run(main()))

class NoAiter:
    pass
async def bad():
    async for x in NoAiter():
        pass
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAnext:
    def __aiter__(self):
        return self
async def bad2():
    async for x in BadAnext():
        pass
c = bad2()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad3():
    async for x in AnextNotAwaitable():
        pass
c = bad3()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

async def bad4():
    async for x in [1, 2]:
        pass
c = bad4()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Resource:
    async def __aenter__(self):
        print("acquire"); return self
    async def __aexit__(self, t, v, tb):
        print("release", t.__name__ if t else None)
        return True

async def agen(n):
    for i in range(n):
        yield i * i

async def main():
    out = [x async for x in Ticker(3)]
    async for v in agen(3):
        out.append(v)
    async with Resource() as r:
        raise ValueError("suppressed")
    squares = {k: v async for k, v in pair_gen()}
    return out, squares

async def pair_gen():
    for k in "ab":
        yield k, ord(k)

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

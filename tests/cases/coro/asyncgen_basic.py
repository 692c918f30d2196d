class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print("agen done")

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    print([v async for v in agen(4)])
    print([v * v async for v in agen(5) if v % 2])
    print({v: str(v) async for v in agen(2)})
    print({v % 2 async for v in agen(5)})
    return "main done"

print(run(main()))
g = agen(1)
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.ag_running, g.ag_await, g.ag_code.co_name)
print(type(g.__aiter__()).__name__, g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
a.close()

async def ticks(n):
    for i in range(n):
        yield i
        print("after yield", i)
async def consume():
    out = []
    async for t in ticks(3):
        out.append(t * 10)
    evens = [t async for t in ticks(4) if t % 2 == 0]
    return out, evens
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(consume()))
ag = ticks(2)
print(type(ag).__name__, ag.__name__)
print(run(ag.__anext__()))
try:
    ag.athrow(ValueError("x")).send(None)
except ValueError as e:
    print("athrow raised", e)

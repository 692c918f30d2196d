async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
print("closed explicitly")

async def main():
    async for v in agen():
        print("got", v)
        break
    print("after break")
c = main()
try:
    c.send(None)
except StopIteration:
    pass
print("end")

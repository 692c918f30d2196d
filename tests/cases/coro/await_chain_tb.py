class Tick:
    def __await__(self):
        yield

async def fetch(key):
    await Tick()
    data = {"a": 1}
    return data[key]

async def process(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out

async def main():
    return await process(["a", "b"])

c = main()
while True:
    c.send(None)

class Guard:
    def __init__(self, swallow): self.swallow = swallow
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return self.swallow
async def main():
    async with Guard(True):
        raise KeyError("swallowed")
    try:
        async with Guard(False):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    return "ok"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

class Tick:
    def __await__(self):
        yield

class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await Tick()
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        return self.suppress

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    async with Res("a") as x:
        print("body", x)
    async with Res("b", suppress=True) as y:
        print("body", y)
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Res("c") as z:
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with Res("outer") as o, Res("inner") as i:
        print("both", o, i)
    for n in range(3):
        async with Res("loop%d" % n):
            if n == 1:
                continue
            if n == 2:
                break
            print("loop body", n)
    async with Res("ret"):
        return "returned from with"

print(run(main()))

class NoAenter:
    pass
async def bad():
    async with NoAenter():
        pass
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class NoAexit:
    async def __aenter__(self):
        return 1
async def bad3():
    async with NoAexit():
        pass
c = bad3()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class AexitNotAwaitable:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False
async def bad4():
    async with AexitNotAwaitable():
        print("in body")
c = bad4()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print("__await__", self.v)
        got = yield ("request", self.v)
        print("resumed with", got)
        return got * 2

class Iterless:
    def __await__(self):
        return iter(["a", "b"])

def drive(coro, replies):
    replies = iter(replies)
    msg = coro.send(None)
    while True:
        print("yielded", msg)
        try:
            msg = coro.send(next(replies))
        except StopIteration as e:
            return e.value

async def main():
    a = await Value(1)
    b = await Value(a)
    c = await Iterless()
    return a, b, c

print(drive(main(), [10, 20, None, None]))

class Bad:
    def __await__(self):
        return 5
async def bad():
    await Bad()
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class NotAwaitable:
    pass
async def bad2():
    await NotAwaitable()
c = bad2()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __await__(self):
        async def inner():
            return 1
        self.c = inner()
        return self.c
async def bad3():
    await ca
ca = CoroAwait()
c = bad3()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
ca.c.close()

# GET_AITER, GET_ANEXT, END_ASYNC_FOR, GET_AWAITABLE, SEND, END_SEND,
# JUMP_BACKWARD_NO_INTERRUPT: coroutines driven by hand (no event loop).
class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Ready:
    def __await__(self):
        value = yield "suspended"
        return value * 2


async def agen(n):
    for i in range(n):
        yield i * 10


async def main():
    got = []
    async for v in Ticker(3):
        got.append(v)
    print("ticker", got)
    print("agen", [v async for v in agen(3)])
    r = await Ready()
    print("awaited", r)
    return "done"


def run(coro):
    value = None
    while True:
        try:
            step = coro.send(value)
        except StopIteration as e:
            return e.value
        print("step", step)
        value = 21


print(run(main()))

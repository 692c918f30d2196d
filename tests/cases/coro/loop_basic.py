class Yield:
    def __await__(self):
        yield "tick"

def run(coro):
    steps = 0
    while True:
        try:
            v = coro.send(None)
            steps += 1
            print("  loop saw", v)
        except StopIteration as e:
            print("  finished after", steps, "steps")
            return e.value

async def add(a, b):
    await Yield()
    return a + b

async def main():
    x = await add(1, 2)
    print("x", x)
    y = await add(x, 10)
    print("y", y)
    return [x, y]

print(run(main()))

async def nothing():
    pass
print(run(nothing()))
c = nothing()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await)
c.close()
print(c.cr_frame)

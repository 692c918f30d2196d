async def add(a, b):
    return a + b
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(chain()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.cr_running)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def fails():
    raise ValueError("inside coroutine")
try:
    run(fails())
except ValueError as e:
    print("caught", e)
async def awaits_int():
    await 5
try:
    run(awaits_int())
except TypeError as e:
    print(e)

class Tick:
    def __await__(self):
        yield "t"

async def level3():
    await Tick()
    raise ValueError("deep")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    except ValueError as e:
        print("level1 caught", e)
        raise TypeError("wrapped") from e

async def top():
    try:
        await level1()
    except TypeError as e:
        print("top caught", e, "cause", repr(e.__cause__))
        return "ok"

c = top()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

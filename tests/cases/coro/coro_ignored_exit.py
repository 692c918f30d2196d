class Suspend:
    def __await__(self):
        yield "s"

async def stubborn2():
    try:
        await Suspend()
    except GeneratorExit:
        print("swallowed")
    return "ret"
c = stubborn2()
c.send(None)
print(repr(c.close()))

async def stubborn():
    try:
        await Suspend()
    finally:
        await Suspend()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_suspended)
c.send(None)

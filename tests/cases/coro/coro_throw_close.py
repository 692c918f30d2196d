class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def worker():
    try:
        v = await Suspend()
        print("got", v)
        v = await Suspend()
    except ValueError as e:
        print("worker caught", repr(e))
        return "handled"
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
print(c.send(1))
try:
    c.throw(ValueError("bad"))
except StopIteration as e:
    print("returned", e.value)

c = worker()
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__)
print(repr(c.close()))
print(c.cr_suspended)

c = worker()
c.send(None)
try:
    c.throw(KeyError)
except KeyError as e:
    print("KeyError propagated", repr(e))

async def ret_on_exit():
    try:
        await Suspend()
    except GeneratorExit:
        return "closing value"
c = ret_on_exit()
c.send(None)
print(repr(c.close()))

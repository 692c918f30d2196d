async def counter():
    try:
        i = 0
        while True:
            got = yield i
            i += got or 1
    finally:
        print("counter closed")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop-async"

ag = counter()
print(drive(ag.__anext__()))
print(drive(ag.asend(5)))
print(drive(ag.asend(None)))
print(drive(ag.aclose()))
print(drive(ag.__anext__()))

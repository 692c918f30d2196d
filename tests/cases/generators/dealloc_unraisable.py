# Generators closed as they are freed: what close() raises is reported as
# "Exception ignored while closing generator", at the line that freed them.
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

def on_return():
    g = stubborn()
    next(g)
    return 1
print(on_return())

def on_store():
    g = stubborn()
    next(g)
    print("before")
    g = None
    print("after")
on_store()

def on_loop_var():
    for x in [stubborn()]:
        next(x)
        break
    print("loop")
    x = 5
on_loop_var()

class C:
    g = stubborn()
    next(g)
    del g

def chained():
    try:
        yield 1
    finally:
        try:
            1 / 0
        except ZeroDivisionError:
            e = ValueError("in finally")
            e.add_note("a note")
            raise e
g = chained()
next(g)
g = 0

class Suspend:
    def __await__(self):
        yield "s"

async def co():
    try:
        await Suspend()
    finally:
        print("co finally")
c = co()
c.send(None)
del c
print("after del")

async def co2():
    try:
        await Suspend()
    finally:
        await Suspend()
c = co2()
c.send(None)
c = None
print("after none")

async def agen_returns():
    try:
        yield 1
    except GeneratorExit:
        print("agen caught")
a = agen_returns()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
a = None

async def agen_awaits():
    try:
        yield 1
    finally:
        await Suspend()
a = agen_awaits()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
a = None
print("end")

# throw() goes down every level of yield from, to the innermost generator.
def g3():
    while True:
        try:
            yield 3
        except KeyError:
            print("g3 caught")
def g2():
    yield from g3()
def g1():
    yield from g2()
x = g1()
print(next(x))
print(x.throw(KeyError))
print(x.gi_yieldfrom.gi_yieldfrom.gi_code.co_name)
x.close()
print(x.gi_yieldfrom)

class Suspend:
    def __await__(self):
        try:
            yield "s"
        except ValueError:
            print("Suspend caught")
            yield "again"
async def inner():
    return await Suspend()
async def outer():
    return await inner()
c = outer()
print(c.send(None))
print(c.throw(ValueError))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)

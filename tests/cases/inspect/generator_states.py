import inspect

def gen(a):
    b = a + 1
    yield b
    yield a
g = gen(1)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def watch():
    print('inside', inspect.getgeneratorstate(me))
    yield
me = watch()
next(me)
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(1)
except TypeError as e:
    print('TypeError', e)

async def coro(x):
    y = x * 2
    await sleep()
class sleep:
    def __await__(self):
        yield 'tick'
c = coro(3)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

async def agen():
    z = 1
    yield z
a = agen()
print(inspect.getasyncgenstate(a), inspect.getasyncgenlocals(a))
try:
    a.asend(None).send(None)
except StopIteration as e:
    print('yielded', e.value)
print(inspect.getasyncgenstate(a), inspect.getasyncgenlocals(a))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
print(inspect.AGEN_CREATED, inspect.AGEN_RUNNING, inspect.AGEN_SUSPENDED, inspect.AGEN_CLOSED)

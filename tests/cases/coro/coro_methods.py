async def f(x):
    return x

c = f(1)
print(repr(c).startswith("<coroutine object f at 0x"))
print(c.__name__, c.__qualname__, c.cr_code.co_name)
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper returned", e.value)

class K:
    async def m(self):
        return self
k = K()
c = k.m()
print(c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print(e.value is k)

import_free = 1
async def nested():
    async def inner():
        return "inner"
    return inner
c = nested()
try:
    c.send(None)
except StopIteration as e:
    inner = e.value
    print(inner.__qualname__)
c2 = inner()
print(c2.__qualname__)
c2.close()

# anext(it, default) with __anext__ written as a coroutine, as a plain
# awaitable, and as a bad awaitable; the awaitable's methods.
class Suspend:
    def __await__(self):
        v = yield "s"
        return v
class CoroIter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        got = await Suspend()
        return (self.n, got)
def st(aw, v=None, exc=None):
    try:
        r = aw.throw(exc) if exc else aw.send(v)
        return ("yield", r)
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))
it = CoroIter()
a = anext(it, "D")
print(type(a).__name__, repr(a).startswith("<anext_awaitable object at"))
print(st(a), st(a, "x"))
a = anext(it, "D")
print(st(a), st(a, exc=KeyError("k")))
a = anext(it, "D")
print(st(a))
a = anext(it, "D")
print(st(a))
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
print(st(anext(BadANext(), 1)))
try:
    anext(BadANext())
    print("no error without a default")
except TypeError as e:
    print(e)
class AwIter:
    def __aiter__(self): return self
    def __anext__(self): return Suspend()
a = anext(AwIter(), 0)
print(st(a), st(a, 7), st(a))
for f in (lambda: a.send(), lambda: a.close(1), lambda: a.throw(), lambda: a.send(x=1),
          lambda: a.throw(x=1), lambda: a.__await__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
async def ag():
    yield 1
g = ag()
a = anext(g, "end")
print(a.__await__() is a, iter(a) is a)
print(st(a))
a = anext(g, "end")
print(a.close())
print(st(a))
a = anext(g, "end")
print(st(a, exc=ValueError("v")))
async def main():
    g = ag()
    return [await anext(g, "e"), await anext(g, "e"), await anext(g, "e")]
print(st(main()))

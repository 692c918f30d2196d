# Argument errors of the generator, coroutine and async generator methods
# and of their awaitables, each named as CPython names it.
def g(): yield 1
async def c(): pass
async def ag(): yield 1
it = g(); co = c(); a = ag()
w = co.__await__()
ans = a.asend(None); acl = a.aclose()
calls = [
    lambda: it.send(x=1), lambda: it.throw(x=1), lambda: it.close(x=1), lambda: it.throw(),
    lambda: it.throw(1, 2, 3, 4),
    lambda: co.send(), lambda: co.close(1), lambda: co.throw(), lambda: co.__await__(1),
    lambda: co.__await__(x=1),
    lambda: w.send(), lambda: w.close(1), lambda: w.throw(), lambda: w.send(x=1), lambda: w.throw(x=1),
    lambda: ans.send(), lambda: ans.close(1), lambda: ans.send(x=1), lambda: ans.throw(x=1),
    lambda: ans.__await__(1),
    lambda: acl.send(), lambda: acl.close(1), lambda: acl.send(x=1),
    lambda: a.asend(), lambda: a.aclose(1), lambda: a.__anext__(1), lambda: a.asend(x=1),
    lambda: a.__aiter__(1), lambda: a.athrow(x=1), lambda: a.aclose(x=1), lambda: a.__anext__(x=1),
    lambda: anext(), lambda: anext(a, 1, 2), lambda: anext(1), lambda: anext(1, 2),
    lambda: anext(a, default=1),
]
for i, f in enumerate(calls):
    try:
        f()
        print(i, "ok")
    except TypeError as e:
        print(i, "TypeError:", e)
try:
    ans.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    acl.send(None)
except StopIteration:
    print("closed")
co.close()
w.close()

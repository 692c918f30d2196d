async def agen():
    try:
        yield 1
    finally:
        print("agen finally")

g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
aw = g.asend(None)
print("closing the asend awaitable")
print(aw.close())
print("suspended:", g.ag_suspended)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

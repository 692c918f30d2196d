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
c = g.aclose()
try:
    c.throw(KeyError("into aclose"))
except KeyError as e:
    print("KeyError", e)
except StopIteration as e:
    print("StopIteration", e.value)
print("suspended:", g.ag_suspended)

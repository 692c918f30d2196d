async def leaf(x):
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 2
async def mid(xs):
    out = []
    for x in xs:
        try:
            out.append(await leaf(x))
        except ValueError as e:
            out.append(str(e))
    return out
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(mid([1, -2, 3])))
async def top():
    return await leaf(-5)
c = top()
try:
    c.send(None)
except ValueError as e:
    print("escaped:", e)
c2 = leaf(1)
c2.close()
print("closed unstarted")

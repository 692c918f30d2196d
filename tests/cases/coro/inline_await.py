# Coroutines awaiting coroutines and awaitables, driven by send(): the
# values, returns and errors pass through every level.
class Step:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        sent = yield self.v
        return (self.v, sent)

async def leaf(n):
    a = await Step(n)
    b = await Step(n + 1)
    return [a, b]

async def middle():
    out = []
    for i in range(2):
        out.append(await leaf(i * 10))
    return out

async def failing():
    await Step("f")
    raise KeyError("deep")

async def top():
    res = await middle()
    try:
        await failing()
    except KeyError as e:
        res.append(repr(e))
    return res

c = top()
n = 0
sent = None
while True:
    try:
        v = c.send(sent)
    except StopIteration as e:
        print("result", e.value)
        break
    print("yielded", v)
    n += 1
    sent = "s%d" % n

async def bad():
    raise StopIteration("x")

async def wrap():
    await bad()

try:
    wrap().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def reuse_target():
    return 1

async def awaits_twice():
    t = reuse_target()
    await t
    await t

try:
    awaits_twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

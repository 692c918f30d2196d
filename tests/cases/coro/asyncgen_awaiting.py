class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        print("  resumed", self.tag, "with", got)
        return got

async def ticker(n):
    for i in range(n):
        r = await Sleep("t%d" % i)
        yield (i, r)
    return

async def consumer():
    res = []
    async for item in ticker(3):
        print("consumer got", item)
        res.append(item)
    return res

c = consumer()
msg = c.send(None)
k = 0
while True:
    print("loop got", msg)
    k += 1
    try:
        msg = c.send(k)
    except StopIteration as e:
        print("result", e.value)
        break

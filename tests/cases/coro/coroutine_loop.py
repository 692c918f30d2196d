class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield "tick"
        return self.n

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(i)
        print(name, "step", i)
    return name, total

def run(coros):
    results = {}
    pending = list(coros)
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[e.value[0]] = e.value[1]
                pending.remove(c)
    return results

print(run([worker("a", 3), worker("b", 2)]))

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return (yield self.n)

def run_all(*coros):
    tasks = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    now = 0
    while tasks:
        tasks.sort(key=lambda t: (t[0], t[1]))
        when, i, c = tasks.pop(0)
        now = when
        try:
            delay = c.send(now)  if when else c.send(None)
        except StopIteration as e:
            results[i] = e.value
            print("t=%d task %d done -> %r" % (now, i, e.value))
            continue
        tasks.append((now + delay, i, c))
    return results

async def worker(name, delays):
    total = 0
    for d in delays:
        t = await Sleep(d)
        print("t=%d %s woke" % (t, name))
        total += d
    return name + ":" + str(total)

print(run_all(worker("a", [3, 1]), worker("b", [1, 1, 1]), worker("c", [5])))

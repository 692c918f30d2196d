class Yield:
    def __await__(self):
        yield
async def task(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} done"
def run_all(*coros):
    log_order = []
    results = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
log = []
print(run_all(task("a", 2, log), task("b", 3, log), task("c", 1, log)))
print(log)

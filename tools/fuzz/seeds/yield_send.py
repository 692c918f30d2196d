def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


def delegate(results):
    while True:
        results.append((yield from averager()))


results = []
d = delegate(results)
next(d)
for v in (10, 20, 30, None, 5, None):
    d.send(v)
print(results)


def pipeline(src):
    for v in src:
        if v % 2:
            yield v * 10


print(list(pipeline(pipeline(x + 1 for x in range(8)))))

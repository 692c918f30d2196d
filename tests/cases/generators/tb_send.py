def averager():
    total = 0
    count = 0
    while True:
        v = yield (total / count if count else None)
        total += v
        count += 1

a = averager()
next(a)
print(a.send(10))
print(a.send(20))
a.send("thirty")

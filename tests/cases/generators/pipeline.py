def read(lines):
    for line in lines:
        print("read", repr(line))
        yield line

def strip(it):
    for s in it:
        yield s.strip()

def nonempty(it):
    for s in it:
        if s:
            yield s

def numbers(it):
    for s in it:
        try:
            yield int(s)
        except ValueError:
            print("skip", s)

def running_total(it):
    total = 0
    for n in it:
        total += n
        yield total

data = [" 1", "", "2 ", "x", " 30 ", "   "]
pipe = running_total(numbers(nonempty(strip(read(data)))))
print("built")
for t in pipe:
    print("total", t)

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

print(list(batched(range(7), 3)))
print(list(batched((c for c in "abcdef" if c != "c"), 2)))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield list(buf)
print(list(window(range(5), 3)))
print(list(zip(range(3), (x * x for x in range(10)), "abcd")))
print(list(map(lambda a, b: a + b, (x for x in range(3)), (y for y in [10, 20, 30]))))
print(list(filter(None, (x % 3 for x in range(7)))))

def parse(items):
    for item in items:
        yield int(item)

def doubled(items):
    for v in parse(items):
        yield v * 2

for v in doubled(["1", "2", "x3"]):
    print(v)

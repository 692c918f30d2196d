def stage(n):
    for i in range(n):
        if i == 2:
            raise KeyError(f"item {i}")
        yield i

def pipeline():
    for v in stage(5):
        yield v * 2

print(list(pipeline())[:1])

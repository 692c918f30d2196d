def g():
    yield 1
    raise StopIteration(42)

for v in g():
    print(v)

def leaf(n):
    yield n
    raise KeyError(n)

def middle():
    yield from leaf(1)

def top():
    r = yield from middle()
    yield r

print(list(top()))

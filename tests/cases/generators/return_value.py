def g1():
    yield 1
    return "done"

def g2():
    return [1, 2]
    yield

def g3():
    yield
    return None

for f in (g1, g2, g3):
    it = f()
    while True:
        try:
            v = next(it)
            print("yielded", v)
        except StopIteration as e:
            print("value", repr(e.value), "args", e.args)
            break

def g4():
    yield 1
    return StopIteration("inner")

it = g4()
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

def g5():
    yield 1
    return (1, 2)

it = g5(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

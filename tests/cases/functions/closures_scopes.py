def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in bound]
print(make_counters())
total = 0
def add(v):
    global total
    total += v
    return total
add(5); add(7)
print(total)
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner()
    return middle(), x
print(outer())
def late():
    fs = []
    for name in ["a", "b"]:
        def f():
            return name
        fs.append(f)
    return [f() for f in fs]
print(late())
class K:
    base = 10
    vals = [base + i for i in range(3)] if False else None
    items = list(range(3))
print(K.items, K.vals)

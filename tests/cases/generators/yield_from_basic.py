def inner():
    yield 1
    yield 2
    return "inner-ret"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    r2 = yield from ()
    print("r2", r2)
    return "outer-ret"

g = outer()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("final", e.value)
        break
print(out)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1], (2, 3), {4: 0}, "x")))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield n
    return r + n

print(list(deep(4)))
def top():
    r = yield from deep(5)
    print("sum", r)
list(top())

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(next(g, "default"))

def empty():
    return
    yield

print(list(empty()))
print(type(count(1)).__name__)
g = count(2)
print(iter(g) is g)
print(count.__name__, g.__name__, g.__qualname__)

def multi():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)

print(list(multi()))

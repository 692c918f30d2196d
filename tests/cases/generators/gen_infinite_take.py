def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def evens(it):
    return (x for x in it if x % 2 == 0)
print(take(5, evens(naturals())), take(3, (x * x for x in naturals())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))

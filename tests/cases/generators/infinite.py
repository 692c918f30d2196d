def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    it = iter(it)
    for _ in range(n):
        yield next(it)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def islice(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v

print(list(take(5, naturals())))
print(list(take(15, fib())))
print(list(islice(fib(), 10, 20, 3)))
f = fib()
for v in f:
    if v > 1000:
        print("first over 1000:", v)
        break
print(next(f), next(f))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(12, primes())))

def cycle(seq):
    while True:
        yield from seq
print("".join(take(10, cycle("abc"))))
big = fib()
for _ in range(200):
    v = next(big)
print(v)

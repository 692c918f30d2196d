def counter():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
g, peek = counter()
it = g()
print(next(it), peek(), list(it), peek())

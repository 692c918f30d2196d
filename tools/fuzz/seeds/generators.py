def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
    return "done"


def outer():
    r = yield from count(5)
    yield r


g = count(10)
print(next(g), g.send(3), next(g))
print(list(outer()))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("cleanup")


h = guarded()
print(next(h), h.throw(ValueError("x")))
h.close()
squares = (x * x for x in range(6) if x % 2)
print(sum(squares), list(zip(count(3), "abc")), [*enumerate(count(2), 1)])

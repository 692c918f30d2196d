def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    a, b = yield "pair"
    print("ab", a, b)
    d = {"k": (yield "dict")}
    print("d", d)
    print("arg", (yield "arg"))
    yield (yield "nested")

it = g()
print(next(it))
print(it.send(5))
print(it.send(6))
print(it.send((1, 2)))
print(it.send("v"))
print(it.send("printed"))
print(it.send("inner"))
print(next(it, "end"))

def lam():
    f = lambda: (yield 1)
    return list(f())
print(lam())

def in_try():
    try:
        x = yield 1
    except ValueError:
        x = yield "handler"
    else:
        x = yield "else"
    finally:
        print("finally x", x)
    yield x
it = in_try()
next(it)
print(it.throw(ValueError))
print(it.send("from-handler"))

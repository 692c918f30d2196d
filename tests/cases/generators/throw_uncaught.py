def g():
    print("start")
    yield 1
    print("never")

it = g()
next(it)
it.throw(ValueError("thrown in"))

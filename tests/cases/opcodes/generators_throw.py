# CLEANUP_THROW, SEND, END_SEND, YIELD_VALUE, RETURN_GENERATOR,
# GET_YIELD_FROM_ITER: throw() into a generator delegating with `yield from`.
def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught KeyError")
        yield "recovered"
    yield 2

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

def stopper():
    yield 1

def delegate():
    yield from stopper()

d = delegate()
next(d)
try:
    d.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)

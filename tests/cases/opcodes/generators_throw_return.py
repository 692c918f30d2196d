# throw() into `yield from` whose subgenerator catches and returns: the
# StopIteration goes through CLEANUP_THROW and becomes the value.
def inner():
    try:
        yield 1
    except KeyError:
        print("inner caught KeyError")
        return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))

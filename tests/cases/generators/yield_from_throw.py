def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("inner done", r)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-recovered"
    yield "end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "exhausted"))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))

# throw into a plain iterator delegate: no throw method
def over_list():
    try:
        yield from [1, 2, 3]
    except RuntimeError as e:
        print("delegator caught", e)
        yield "x"

g = over_list()
print(next(g))
print(g.throw(RuntimeError("boom")))

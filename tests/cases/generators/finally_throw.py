def g():
    try:
        yield 1
    finally:
        print("finally")
    return "after finally"

it = g()
next(it)
print(repr(it.close()))

def h():
    try:
        yield 1
        yield 2
    finally:
        print("h finally")

it = h()
print(next(it))
try:
    it.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
print(it.gi_suspended, next(it, "done"))

def k():
    for i in range(3):
        try:
            yield i
        finally:
            print("k finally", i)
print(list(k()))

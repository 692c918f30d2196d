class Closer:
    def __iter__(self):
        return self
    def __next__(self):
        return "c"
    def close(self):
        print("Closer.close")
        raise ValueError("close failed")

def deleg():
    try:
        yield from Closer()
    finally:
        print("deleg finally")

g = deleg()
print(next(g))
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e))
print(g.gi_suspended)

def inner():
    try:
        yield 1
    except GeneratorExit:
        return "inner-ret"

def outer():
    r = yield from inner()
    print("outer sees", r)
    yield "after"

g = outer()
next(g)
print(repr(g.close()))

class NotCallableClose:
    close = None
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def deleg2():
    yield from NotCallableClose()
g = deleg2()
next(g)
try:
    g.close()
except TypeError as e:
    print("TypeError:", e)

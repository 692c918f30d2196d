def g():
    yield 1
    raise StopIteration("oops")

try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)

def h():
    yield 1
    next(iter([]))

try:
    for x in h():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"

print(list(ok()))

def sub():
    class S(StopIteration):
        pass
    yield 0
    raise S

try:
    list(sub())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def genexp_stop():
    return list(next(iter(())) for _ in range(2))
try:
    genexp_stop()
except RuntimeError as e:
    print("genexp RuntimeError:", e)

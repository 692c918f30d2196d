def worker():
    try:
        while True:
            yield
    except GeneratorExit:
        print("cleanup")
        return "final state"
w = worker()
next(w)
print(w.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def fresh():
    yield 1
print(fresh().close())

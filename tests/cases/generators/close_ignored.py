def stubborn():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            n += 1
            print("ignoring", n)
            if n >= 2:
                return

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
    print(e.__context__, e.__cause__)
print(g.gi_suspended)
print(repr(g.close()))
print(g.gi_suspended)

def stubborn2():
    try:
        yield 1
    finally:
        yield 2

g = stubborn2()
next(g)
g.close()

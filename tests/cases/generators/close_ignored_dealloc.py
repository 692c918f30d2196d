def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

g = stubborn()
next(g)
print("dropping")
g = None
print("after drop")

def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

g = raising()
next(g)
del g
print("end")

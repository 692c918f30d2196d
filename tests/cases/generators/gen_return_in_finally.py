def g():
    try:
        yield 1
    finally:
        print("finally in g")
it = g()
print(next(it))
it.close()
print(it.gi_frame, list(it))
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print([x for x in h()])

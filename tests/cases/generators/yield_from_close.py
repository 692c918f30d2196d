def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.close())
print("closed")
print(g.gi_frame)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("It.close called")

def deleg():
    yield from It()

d = deleg()
print(next(d), next(d))
d.close()
print("done")

class It2(It):
    def throw(self, *a):
        print("It2.throw called", len(a))
        raise StopIteration(99)

def deleg2():
    r = yield from It2()
    print("r", r)
    yield "after"

d = deleg2()
next(d)
print(d.throw(ValueError("x")))

def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

def wrapper():
    with Ctx():
        yield from outer()

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False

w = wrapper()
print(next(w))
print("dropping")
w = None
print("dropped")

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally after GeneratorExit")

c = catches()
next(c)
del c
print("end")

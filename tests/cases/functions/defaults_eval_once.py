# Defaults are evaluated once, at definition time, left to right.
order = []

def note(v):
    order.append(v)
    return v

def f(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c

print(order)
print(f(), f(10), order)

x = "first"
def g(v=x):
    return v

x = "second"
print(g(), g.__defaults__)

def make(n):
    def inner(v=n * 2):
        return v
    return inner

print(make(1)(), make(5)(), make(5)(0))

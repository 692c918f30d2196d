# Positional-only parameters: callable positionally, their names free for **kwargs.
def f(a, b, /, c=3):
    return (a, b, c)

print(f(1, 2), f(1, 2, 30), f(1, 2, c=40))

def g(a, /, **kw):
    return a, kw

print(g(1, a=2))
print(g(1, a=2, b=3))

def h(x=1, y=2, /):
    return x, y

print(h(), h(10), h(10, 20))

def only(a, /):
    return a

print(only("value"))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)

# __annotations__ of functions: evaluated lazily, cached, replaceable.
def f(a: int, b: "str" = "x", *args: float, c: list, **kw: dict) -> bool:
    return True

print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)

def g(x, y):
    pass

print(g.__annotations__)
g.__annotations__ = {"x": bytes}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)

def h(v: Undefined = 1):
    return v

print(h())
try:
    h.__annotations__
except NameError as e:
    print("NameError", e)
print(callable(f.__annotate__), g.__annotate__)

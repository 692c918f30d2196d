def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *(3,), **{"a": 1}, **dict(b=2)))
print(show(*"ab", x=1, *range(2)))
def needs(a, b, c=0):
    return a + b + c
print(needs(*[1, 2]), needs(**{"a": 1, "b": 2, "c": 3}), needs(1, *[2], **{"c": 5}))
try:
    needs(*5)
except TypeError as e:
    print(e)
try:
    needs(**[1])
except TypeError as e:
    print(e)
try:
    needs(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
kw = {"sep": "-", "end": "!\n"}
print("x", "y", **kw)

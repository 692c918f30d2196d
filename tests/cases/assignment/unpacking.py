a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*e, f = "xyz"
print(e, f)
first, *_, last = range(10)
print(first, last)
print([*range(3), *"ab", *{1: 2}], (*[1], *(2,)), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **dict(c=3)})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(), x=1, **{"y": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
for k, (v1, v2) in {"p": (1, 2), "q": (3, 4)}.items():
    print(k, v1 + v2)

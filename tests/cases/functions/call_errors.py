def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
tests = [
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, c=3, d=4, e=6),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
]
for t in tests:
    try:
        print(t())
    except TypeError as ex:
        print("TypeError:", ex)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as ex:
    print(ex)
try:
    K.m(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    (lambda q: q)()
except TypeError as ex:
    print(ex)

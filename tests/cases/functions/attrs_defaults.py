# __defaults__ and __kwdefaults__: reading, replacing, deleting.
def f(a, b=1, c=[2], *, d=3, e):
    return a, b, c, d, e

print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f(0, e=0))
f.__defaults__ = None
try:
    f(0, e=0)
except TypeError as e:
    print(e)
f.__defaults__ = (7, 8)
f.__kwdefaults__ = {"d": "D", "e": "E"}
print(f(0), f.__kwdefaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(0)
except TypeError as e:
    print(e)
for bad in ([1], 5):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(e)
try:
    f.__kwdefaults__ = [("d", 1)]
except TypeError as e:
    print(e)

def g():
    pass

print(g.__defaults__, g.__kwdefaults__)

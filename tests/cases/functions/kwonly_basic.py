# Keyword-only parameters with and without defaults, after * and *args.
def f(a, *, b, c=10):
    return a, b, c

print(f(1, b=2), f(1, c=3, b=2), f(a=0, b=1))

def g(*args, sep="-", end="!"):
    return sep.join(map(str, args)) + end

print(g(1, 2, 3), g(1, 2, sep="+"), g(end="?"))

def h(*, only):
    return only

print(h(only="x"))
print(f.__kwdefaults__, g.__kwdefaults__, h.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, g.__code__.co_kwonlyargcount)

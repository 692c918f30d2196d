# *args collects extra positional arguments into a tuple.
def f(a, *rest):
    return a, rest, type(rest).__name__

print(f(1))
print(f(1, 2, 3))
print(f(*range(5)))

def g(*args):
    return len(args), args

print(g(), g(None), g(*"abc", *[1, 2]))

def h(a, b=0, *args, c):
    return a, b, args, c

print(h(1, c=2), h(1, 2, 3, 4, c=5))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(*[10] * 4))
print(f.__code__.co_flags & 0x04 != 0, total.__code__.co_varnames)

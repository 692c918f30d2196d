# f(*a, **k) in every combination with plain arguments.
def show(*args, **kwargs):
    return args, kwargs

a = [1, 2]
t = (3,)
k = {"x": 1}
k2 = {"y": 2}
print(show(*a))
print(show(0, *a))
print(show(*a, 9))
print(show(*a, *t))
print(show(0, *a, 5, *t, 6))
print(show(**k))
print(show(w=0, **k))
print(show(**k, z=3))
print(show(**k, **k2))
print(show(*a, **k))
print(show(0, *a, 5, w=0, **k, z=9, **k2))
print(show(*(), **{}))
print(show(*"ab", *range(2), *{"q": 0}))
print(show(*iter([7, 8])))
gen = (i * i for i in range(3))
print(show(*gen))

def fixed(a, b, c=0, *, d=0):
    return a, b, c, d

print(fixed(*[1, 2]), fixed(*[1], **{"b": 2, "d": 4}), fixed(1, *[2, 3], d=5))

class M:
    def m(self, *args, **kw):
        return args, kw

print(M().m(*a, **k), M.m(M(), *a)[0], M.m(*[M(), 1])[0])

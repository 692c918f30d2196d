# The first attribute stores into a new instance dict, and stores that
# replace, delete and re-add attributes through the same code.
class P:
    def __init__(self, v):
        self.v = v


ps = [P(i) for i in range(5)]
print([p.v for p in ps], [list(vars(p)) for p in ps[:2]])


class Q:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


for n in (0, 1, 5, 9):
    q = Q(n)
    print(n, len(vars(q)), q.last, list(vars(q))[-2:])


class R:
    def set(self, v):
        self.x = v


r = R()
for v in range(4):
    r.set(v)
    print(r.x, vars(r))
del r.x
r.set("again")
print(vars(r))
r.__dict__ = {"y": 1}
r.set(5)
print(vars(r))
r.__dict__.clear()
r.set(6)
print(vars(r))


class K(str):
    pass


k = R()
k.__dict__[K("x")] = "subclass key"
k.set("replaced")
print(vars(k), type(list(vars(k))[0]).__name__)

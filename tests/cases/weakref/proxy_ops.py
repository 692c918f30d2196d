# A proxy passes every operation on to its referent
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    __hash__ = None

    def __lt__(self, o):
        return self.xs < o.xs

    def __bool__(self):
        return any(self.xs)

    def __str__(self):
        return "Vec%s" % (tuple(self.xs),)

    def __index__(self):
        return len(self.xs)

    def __call__(self, k):
        return self.xs[k]

    def norm(self):
        return sum(a * a for a in self.xs)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p).__name__, str(p), p.xs, p.norm(), len(p), p[1], 2 in p, list(p))
print(str(p + v), str(v + p), str(p * 2), str(3 * p), str(-p))
p[0] = 10
del p[2]
print(v.xs, p == Vec(10, 2), p < Vec(11), bool(p), p(1), [0, 1, 2][p])
p.attr = "set"
print(v.attr, hasattr(p, "attr"))
del p.attr
print(hasattr(v, "attr"), p.__class__.__name__)
try:
    hash(p)
except TypeError as e:
    print(e)
q = p
q += Vec(1, 1)
print(type(q).__name__, q.xs)


class Num:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)


n = Num(7)
pn = weakref.proxy(n)
print(divmod(pn, 2), divmod(3, pn), pn.__divmod__(5), pn.__rdivmod__(6))

# The iterator over __getitem__ (iter(seq)), reversed() over a sequence and
# the callable iterator (iter(f, sentinel)).
# lib: itershape
from itershape import show, attempt, drain


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n

    def __repr__(self):
        return f"Seq({self.n})"


class NoLen:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i

    def __repr__(self):
        return "NoLen()"


s = Seq(3)
it = iter(s)
show("iterator", it)
next(it)
show("iterator midway", it)
show("iterator finished", drain(it))
for state in (-4, 0, 2, 3, 10, 2**62 + 5):
    it = iter(NoLen())
    it.__setstate__(state)
    print("no len", state, it.__reduce__()[1:], it.__length_hint__(), list(it))

r = reversed(s)
show("reversed", r)
next(r)
show("reversed midway", r)
print(r.__length_hint__())
show("reversed finished", drain(r))
for state in (-3, -1, 0, 1, 2, 3, 100):
    r = reversed(Seq(3))
    r.__setstate__(state)
    print("reversed", state, r.__reduce__()[1:], r.__length_hint__(), list(r))
r = reversed(Seq(3))
r.__setstate__(-1)
r.__setstate__(1)
print("reversed after -1:", r.__reduce__()[1:], list(r))

grow = Seq(2)
r = reversed(grow)
grow.n = 5
r.__setstate__(4)
print("reversed, seq grew:", r.__reduce__()[1:], list(r))


class LenFails(Seq):
    def __len__(self):
        raise LookupError("len failed")


s = Seq(3)
r = reversed(s)
s.__class__ = LenFails
attempt("reversed setstate, len fails", lambda: r.__setstate__(1))
attempt("reversed setstate, not an int first", lambda: r.__setstate__("x"))
show("reversed reduce, len fails", r)

counter = iter([1, 2, 3, 4, 5])
c = iter(lambda: next(counter), 4)
show("callable_iterator", iter(abs, 0))
print(next(c), c.__reduce__()[1][1])
print(list(c))
show("callable_iterator finished", c)
c = iter(lambda: 1 / 0, None)
attempt("callable raising", lambda: next(c))
show("after the error", c)

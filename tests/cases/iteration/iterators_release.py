# The iterators over one object drop it once exhausted and stay exhausted
# when it grows again; cycles through them are left for the collector.


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i

    def __len__(self):
        return self.n


def show(make, grow):
    data = make()
    it = iter(data)
    print(type(it).__name__, list(it), it.__length_hint__(), list(it))
    grow(data)
    print(" after growing:", list(it), next(it, "done"))


show(lambda: [1, 2], lambda l: l.append(3))
show(lambda: bytearray(b"ab"), lambda b: b.append(99))
show(lambda: {1: 2}, lambda d: d.update({3: 4}))
show(lambda: Seq(2), lambda s: setattr(s, "n", 5))
show(lambda: (1, 2), lambda t: None)
show(lambda: {1, 2}, lambda s: s.add(3))
show(lambda: "ab", lambda s: None)
show(lambda: "\u20acb", lambda s: None)
show(lambda: b"ab", lambda s: None)

for make in (lambda d: d.values(), lambda d: d.items(), lambda d: reversed(d)):
    d = {1: 2, 3: 4}
    it = iter(make(d))
    print(type(it).__name__, list(it), list(it))

s = Seq(3)
r = reversed(s)
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__(), list(r))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__())


class Sub(reversed):
    pass


r = Sub(Seq(2))
print(type(r).__name__, list(r))

# cycles: objects holding iterators over themselves, freed at exit
cycle = []
cycle.append(iter(cycle))
d = {}
d[0] = iter(d)
s = Seq(1)
s.it = iter(s)
s.rev = Sub(s)
print(len(cycle), len(d), s.it.__length_hint__())

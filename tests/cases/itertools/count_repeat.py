from itertools import count, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 5)))
c = count(2**62 - 2); print(next(c), next(c), next(c), next(c))
c = count(-2**62 + 1, -1); print(next(c), next(c), next(c))
print(list(islice(count(1j, 1+1j), 3)))

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return f'Num({self.v})'
print(list(islice(count(Num(1), 2), 3)), repr(count(Num(1))))
c = count(3); next(c); print(repr(c))
c = count(1, 0.5); next(c); next(c); print(repr(c))
print(list(repeat('ab', 3)), list(repeat(None, 0)), list(zip(range(3), repeat(7))))
print(list(map(pow, range(5), repeat(2))))
r = repeat(1, 3)
print(r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(repeat(object='x', times=2).__length_hint__(), list(repeat(times=1, object='kw')))
print(count(start=4, step=3), count(step=2))

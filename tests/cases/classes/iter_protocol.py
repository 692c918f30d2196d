class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print(x)
class Container:
    def __init__(self, *items): self.items = items
    def __iter__(self):
        yield from self.items
c = Container(1, 2, 3)
print(list(c), list(c), sum(c), max(c), sorted(c, reverse=True))
print(2 in c, 5 in c)
a, b, d = c
print(a, b, d)
print(*c)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in object(): pass
except TypeError as e:
    print(e)
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(e)
print(dict(zip(Container("a", "b"), Countdown(2))))

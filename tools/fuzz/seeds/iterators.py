class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
print(list(zip(*[iter(range(6))] * 2)), [*range(3), *"ab"], {*"aba"})
r = range(0, 20, 3)
print(len(r), r[2], 9 in r, r.index(12), list(reversed(r))[:2], r == range(0, 19, 3))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), dict(enumerate("xy")))

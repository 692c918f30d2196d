class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t))
print(sum(t), max(t), 5 in t, 9 in t)
for d, v in t.walk():
    print("  " * d + str(v))
print(sorted(t, reverse=True))
a, b, *rest = t
print(a, b, rest)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))

c = Countdown(4)
print(list(c), list(c), list(reversed(c)))
i1, i2 = iter(c), iter(c)
print(next(i1), next(i1), next(i2))
print(type(iter(c)).__name__, iter(c).__qualname__)
print(dict.fromkeys(c))
print([x * y for x in Countdown(2) for y in Countdown(2)])

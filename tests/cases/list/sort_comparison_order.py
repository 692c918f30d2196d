# list.sort asks exactly the comparisons CPython's sort asks, in the same
# order: a key whose __lt__ logs every call sees the same sequence, a
# comparison that lies gives the same final order, and a comparison that
# raises part way leaves the list in the same state.

class Rand:
    """A small seeded linear congruential generator."""
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


LOG = []


class Key:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        LOG.append((self.tag, other.tag))
        return self.v < other.v


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


def shapes(r, n):
    yield "random", [r.next(1000) for _ in range(n)]
    yield "few values", [r.next(4) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "descending with ties", sorted([r.next(n // 3 + 1) for _ in range(n)], reverse=True)
    yield "sorted then noise", list(range(n)) + [r.next(n) for _ in range(n // 10)]
    saw = []
    for i in range(n):
        saw.append(i % 50 if (i // 50) % 2 == 0 else 50 - i % 50)
    yield "sawtooth", saw
    runs = []
    while len(runs) < n:
        k = r.next(80) + 1
        base = r.next(1000)
        step = 1 if r.next(2) else -1
        runs.extend(base + step * j for j in range(k))
    yield "mixed runs", runs[:n]
    blocks = []
    for b in range(8):
        blocks.extend(range(b, n, 8))
    yield "interleaved", blocks


r = Rand(12345)
for n in (0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 257, 600, 1000, 2049, 5000):
    for name, values in shapes(r, n):
        for reverse in (False, True):
            keys = [Key(v, i) for i, v in enumerate(values)]
            del LOG[:]
            keys.sort(reverse=reverse)
            order = [k.tag for k in keys]
            assert [k.v for k in keys] == sorted(values, reverse=reverse)
            print(n, name, reverse, len(LOG), digest(LOG), digest(enumerate(order)))

# The same comparisons through key= and through sorted().
values = [Rand(7).next(100) for _ in range(300)]
del LOG[:]
sorted(range(300), key=lambda i: Key(values[i], i))
print("key function", len(LOG), digest(LOG))


class Liar:
    """A comparison that answers from a random stream: the result depends
    on exactly which questions the sort asks."""
    __slots__ = ("tag",)
    stream = Rand(99)

    def __init__(self, tag):
        self.tag = tag

    def __lt__(self, other):
        return Liar.stream.next(2) == 1


for n in (10, 70, 200, 1000, 3000):
    Liar.stream = Rand(n)
    items = [Liar(i) for i in range(n)]
    items.sort()
    print("liar", n, digest(enumerate(x.tag for x in items)))


class Fails:
    __slots__ = ("v", "tag")
    budget = 0

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Fails.budget -= 1
        if Fails.budget < 0:
            raise ValueError("enough")
        return self.v < other.v


r = Rand(4242)
for n in (20, 100, 700, 2500):
    values = [r.next(500) for _ in range(n)]
    for budget in (0, 5, n // 2, n, 3 * n, 8 * n):
        for reverse in (False, True):
            items = [Fails(v, i) for i, v in enumerate(values)]
            Fails.budget = budget
            try:
                items.sort(reverse=reverse)
                outcome = "sorted"
            except ValueError as e:
                outcome = str(e)
            print("fails", n, budget, reverse, outcome, digest(enumerate(x.tag for x in items)))

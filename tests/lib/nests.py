"""Seeded random nests of the containers pprint lays out, shared by the
pprint cases (the cases must not depend on random)."""
import collections
import dataclasses
import types

class Lcg:
    """A small seeded generator (the test must not depend on random)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + self.next() % (b - a)

    def choice(self, seq):
        return seq[self.randrange(len(seq))]

    def random(self):
        return self.next() / 2 ** 31


@dataclasses.dataclass
class Point:
    x: object
    y: object = 0


rnd = Lcg(0)
WORDS = ['a', 'bb', 'ccc', 'dddd', 'hello', 'x' * 12, ' ', '\n', "it's",
         'q"t', '\t', 'w\u00f6rld']


def text():
    return ''.join(rnd.choice(WORDS) + rnd.choice(['', ' ', '  '])
                   for _ in range(rnd.randrange(0, 10)))


def leaf():
    kind = rnd.randrange(7)
    if kind == 0:
        return rnd.randrange(-10 ** rnd.randrange(1, 12),
                             10 ** rnd.randrange(1, 12))
    if kind == 1:
        return text()
    if kind == 2:
        return rnd.choice([None, True, False, 1.5, -0.0, 1e100, 2j])
    if kind == 3:
        return bytes(rnd.randrange(256) for _ in range(rnd.randrange(30)))
    if kind == 4:
        return bytearray(rnd.randrange(256)
                         for _ in range(rnd.randrange(20)))
    return rnd.randrange(100)


def key():
    return rnd.choice([rnd.randrange(50), rnd.choice(WORDS),
                       (1, rnd.randrange(5)), text()[:10]])


def build(depth):
    if depth <= 0 or rnd.random() < 0.25:
        return leaf()
    n = rnd.randrange(7)
    kind = rnd.randrange(16)
    values = lambda: [build(depth - 1) for _ in range(n)]
    pairs = lambda: {key(): build(depth - 1) for _ in range(n)}
    if kind == 0:
        return values()
    if kind == 1:
        return tuple(values())
    if kind == 2:
        return pairs()
    if kind == 3:
        return set(range(0, 3 * n, 3))
    if kind == 4:
        return collections.OrderedDict(pairs())
    if kind == 5:
        return collections.defaultdict(rnd.choice([list, int, None]),
                                       pairs())
    if kind == 6:
        return collections.Counter({w + str(i): rnd.randrange(9)
                                    for i, w in enumerate(WORDS[:n])})
    if kind == 7:
        return collections.ChainMap(*[{key(): build(depth - 1)}
                                      for _ in range(n)])
    if kind == 8:
        return collections.deque(values(), maxlen=rnd.choice([None, n + 2]))
    if kind == 9:
        return collections.UserDict(pairs())
    if kind == 10:
        return collections.UserList(values())
    if kind == 11:
        return collections.UserString(text())
    if kind == 12:
        return types.MappingProxyType(pairs())
    if kind == 13:
        return types.SimpleNamespace(**{'f%d' % i: build(depth - 1)
                                        for i in range(n)})
    if kind == 14:
        return Point(build(depth - 1), build(depth - 1))
    return [build(depth - 1)]


def seed(n):
    """Starts the sequence of nests anew."""
    rnd.state = n

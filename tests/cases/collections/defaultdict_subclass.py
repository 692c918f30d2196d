from collections import defaultdict


class Counting(defaultdict):
    def __init__(self):
        super().__init__(int)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return super().__missing__(key)


c = Counting()
for w in 'a b a c a b'.split():
    c[w] += 1
print(c, c.misses, c.default_factory, type(c).__name__)
print(c.copy(), type(c.copy()).__name__ if False else 'copy needs __init__ args')


class Pair(defaultdict):
    def __repr__(self):
        return 'Pair' + super().__repr__()


p = Pair(list)
p[1].append(2)
print(p, repr(p))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
nested['a']['c'] += 2
print({k: dict(v) for k, v in nested.items()})


class Slotted(defaultdict):
    __slots__ = ('extra',)


s = Slotted(set, {1: {2}})
s.extra = 5
print(s, s.extra, s[3], s)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)
d = defaultdict(list)
d.__init__(int, {'x': 1})
print(d, d['new'])
d2 = defaultdict(None)
print(d2.__missing__ if False else '', d2.default_factory, d2.get('q'))
try:
    d2.__missing__('q')
except KeyError as e:
    print('KeyError', e)

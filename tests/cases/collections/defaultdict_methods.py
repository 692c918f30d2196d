from collections import defaultdict


class D(defaultdict):
    pass


d = defaultdict(list, a=1)
tests = [
    lambda: defaultdict(1), lambda: defaultdict('x'), lambda: D(int, {1: 2}),
    lambda: d | {'b': 2}, lambda: {'b': 2} | d, lambda: d | 1, lambda: d.__or__(1), lambda: d.__ror__(1),
    lambda: D(list) | {}, lambda: {} | D(list), lambda: type({} | D(list)).__name__, lambda: defaultdict()[5],
    lambda: d.copy(), lambda: type(D(int).copy()).__name__, lambda: d.__copy__() is d, lambda: d.__missing__(),
    lambda: defaultdict[int, str], lambda: defaultdict.__module__, lambda: defaultdict.__mro__,
    lambda: D.fromkeys([1]), lambda: defaultdict.__missing__.__doc__, lambda: defaultdict.__doc__,
    lambda: defaultdict.default_factory.__doc__, lambda: defaultdict.copy.__doc__,
    lambda: defaultdict(int).__missing__('k'),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
r = defaultdict()
r.default_factory = r
print(r)
cls, args, state, listitems, items = defaultdict(list, {1: [2]}).__reduce__()
print(cls, args, state, listitems, list(items))
cls, args, state, listitems, items = D(None, {3: 4}).__reduce__()
print(cls.__name__, args, state, listitems, list(items))


class Missing(defaultdict):
    def __missing__(self, key):
        return ('own', key)


m = Missing(list)
print(m['a'], m)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'])


def failing():
    raise ValueError('no default')


f = defaultdict(failing)
try:
    f['x']
except ValueError as e:
    print('ValueError', e, dict(f))

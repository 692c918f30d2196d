from collections import defaultdict

counter = iter(range(100))
d = defaultdict(counter.__next__)
print(d['a'], d['b'], d['a'], d)
d2 = defaultdict(lambda: [0, 0])
d2['x'][0] += 1
print(d2)
d3 = defaultdict(dict)
d3['a']['b'] = 1
print(d3, dict(d3))
d4 = defaultdict(tuple)
d4['t'] += (1,)
print(d4)
d5 = defaultdict(str)
for w in ['one', 'two', 'three']:
    d5[len(w)] += w[0]
print(d5)
d6 = defaultdict(float)
d6['pi'] += 3.14
print(d6, sorted(d6.items()))


def factory():
    raise KeyError('inner')


d7 = defaultdict(factory)
try:
    d7['x']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(type(None))['n'], defaultdict(object)['o'].__class__.__name__)

from collections import defaultdict

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(d, sorted(d.items()))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
sets = defaultdict(set)
for k, v in s:
    sets[k].add(v)
print(sets)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, a=1))
print(defaultdict(list, [(1, 2)], x=3), defaultdict(default_factory=list))
print(defaultdict(print), defaultdict(len), defaultdict(defaultdict), defaultdict(lambda: 5).default_factory())
d = defaultdict(lambda: 'anon')
print(d['k'], d)
print(d.get('z'), d.setdefault('w'), 'q' in d, d)
print(defaultdict(list) == {}, defaultdict(int, {1: 2}) == defaultdict(list, {1: 2}))
print(defaultdict.fromkeys([1, 2]), isinstance(defaultdict(), dict))
d = defaultdict(list)
d['x'].append(1)
d['y']
print(d, d.default_factory)
d.default_factory = None
try:
    d['z']
except KeyError as e:
    print('KeyError', e)
d.default_factory = str
print(repr(d['z']), d)
del d.default_factory
print(d.default_factory)
d |= {'q': 1}
print(d)
print(len(d), list(d), d.pop('q'), d.popitem())

from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({'a': -1, 'b': 0}), Counter(a=4, b=2), Counter({'x': 1}, y=2))
print(Counter('hello').most_common(), Counter({'b': 1, 'a': 1, 'c': 2}))
print(Counter({1: 'a', 2: 3}))
try:
    Counter({1: 'a', 2: 3}).most_common()
except TypeError as e:
    print('TypeError', e)
c.update('zzz')
c.update({'a': 10})
c.update(b=5)
print(c)
c.subtract('aaa')
c.subtract({'z': 10})
c.subtract(q=1)
print(c)
del c['a']
del c['not there']
print(c, 'a' in c, c['a'])
c['x'] += 1
print(c.copy(), type(c.copy()) is Counter, c.__reduce__())
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
d = Counter(a=1)
d.update(Counter(a=2, b=1))
print(d)
e = Counter()
e.update({'k': 3})
print(e, isinstance(e, dict))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
c.clear()
print(c, repr(Counter()))

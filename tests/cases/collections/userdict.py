from collections import UserDict


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower({'A': 1}, B=2)
print(d, d.data, len(d), d['a'], 'a' in d, 'A' in d, d.get('b'), d.get('z', 0), list(d), list(d.items()))
d['C'] = 3
del d['a']
print(d, d.pop('b'), d.setdefault('Q', 9), d)
print(d | {'X': 1}, {'Y': 2} | d, d | UserDict({'z': 5}), type(d | {'X': 1}).__name__)
d |= {'W': 7}
print(d)
print(d.__or__(5), d.__ror__(5))
c = d.copy()
c['new'] = 1
print(type(c).__name__, c, d)
u = UserDict(x=1)
print(u.copy(), type(u.copy()).__name__, u.__copy__(), UserDict.fromkeys('ab'), Lower.fromkeys('XY', 0))
print(u == {'x': 1}, u == UserDict(x=1), u != {'x': 2})
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)


class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2


w = WithMissing()
print(w['ab'], w.get('ab'), 'ab' in w)
print(UserDict(dict=5) if False else UserDict({'dict': 5}), UserDict(self=1))
u.clear()
print(u, u.popitem.__name__)

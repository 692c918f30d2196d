from collections import UserDict
from collections.abc import MutableMapping


class Cfg(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


c = Cfg(a=1)
print(c['a'], c['zz'], 'zz' in c, c.get('zz'), len(c), isinstance(c, MutableMapping))
print(sorted(c.keys()), list(c.values()), c.items())
c.update([('b', 2)])
c.update(Cfg(x=9))
print(c, c.pop('a'), c.popitem(), c)
print(UserDict.fromkeys('pq', 1), Cfg.fromkeys('r'))
u = UserDict({'k': [1]})
v = u.copy()
v['k'].append(2)
v['n'] = 0
print(u, v, u == v, u.data is v.data)


class Attr(UserDict):
    def __init__(self, *a, **kw):
        self.created = True
        super().__init__(*a, **kw)


a = Attr(x=1)
b = a.copy()
print(type(b).__name__, b, b.created, a.__copy__())
try:
    UserDict(1, 2)
except TypeError as e:
    print('TypeError', e)
print(UserDict([('x', 1)], y=2), UserDict(data=3))

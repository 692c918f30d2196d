from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView, MappingView


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f['a'], f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.keys(), f.items(), f.values())
print(f == {'a': 1, 'b': 2}, f == Frozen(a=1, b=2), f != {'a': 1}, f == [1])
print(f.keys() & {'a', 'q'}, f.keys() | {'q'}, sorted(f.keys() - {'a'}), sorted(f.keys() ^ {'a', 'z'}))
print(('a', 1) in f.items(), ('a', 2) in f.items(), ('z', 1) in f.items(), 2 in f.values(), 5 in f.values())
print(f.keys() == {'a', 'b'}, f.keys() <= {'a', 'b', 'c'}, f.keys() < {'a'}, f.items().isdisjoint([('x', 1)]))
print(Mapping.__reversed__, f.__hash__)
try:
    reversed(f)
except TypeError as e:
    print(e)
try:
    hash(f)
except TypeError as e:
    print(e)


class Store(MutableMapping):
    def __init__(self, *a, **kw):
        self._d = {}
        self.update(*a, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'Store({self._d})'


s = Store([('x', 1)], y=2)
print(s, s.pop('x'), s.pop('nope', 'dflt'), s)
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(s.setdefault('k', 5), s.setdefault('k', 6), s)
s.update({'m': 1}, n=2)
s.update([('o', 3)])
s.update(Frozen(p=4))
print(s, s.popitem(), s)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(MappingView([1, 2]), len(MappingView([1, 2])), KeysView({1: 2}), ItemsView({1: 2}), ValuesView({1: 2}))
print(list(ItemsView({1: 2})), list(ValuesView({1: 2})), list(KeysView({1: 2})))
print(MutableMapping.update.__doc__)
print(Mapping.get.__doc__)

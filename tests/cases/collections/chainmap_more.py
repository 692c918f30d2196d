from collections import ChainMap, defaultdict, OrderedDict
from collections.abc import MutableMapping

dd = defaultdict(lambda: 'dflt', {'a': 1})
cm = ChainMap({'b': 2}, dd)
print(cm['a'], cm['b'], cm['zzz'], 'zzz' in cm, cm.get('zzz'), isinstance(cm, MutableMapping))
layered = ChainMap({}, {'x': 1}, {'x': 2, 'y': 3}, OrderedDict(z=4))
print(list(layered), list(layered.items()), layered['x'], len(layered))
env = ChainMap({'user': 'u'}, {'user': 'default', 'debug': False})
print(env['user'], env.maps[1]['user'], env.parents['user'], dict(env))
child = env.new_child({'debug': True})
print(child['debug'], env['debug'], child.maps[0], len(child.maps))
print(ChainMap({1: 'a'}) == {1: 'a'}, ChainMap({1: 'a'}, {2: 'b'}) == ChainMap({1: 'a', 2: 'b'}))
print(sorted(ChainMap({'a': 1}, {'b': 2}).keys()), sorted(ChainMap({'a': 1}, {'b': 2}).values()))
c = ChainMap({'a': 1})
c.update(b=2)
c.setdefault('c', 3)
print(c, c.maps, c.pop('c'), c)


class DeepChain(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


d = DeepChain({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
d['lion'] = 'orange'
d['snake'] = 'red'
print(d)

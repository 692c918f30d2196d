from collections import ChainMap

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), cm.get('z'), cm.get('z', 0))
print('a' in cm, 'z' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
cm['d'] = 4
print(over, base)
del cm['d']
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
try:
    cm.pop('a')
except KeyError as e:
    print('KeyError', e)
print(cm.pop('b'), cm.pop('zz', 'dflt'), cm)
child = cm.new_child()
child['x'] = 1
print(child, child.parents, child.parents.parents)
print(cm.new_child({'n': 1}), cm.new_child(k=2), cm.new_child({'n': 1}, k=2))
c2 = cm.copy()
c2['c'] = 'changed'
print(cm, c2, cm.__copy__())
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
print(cm | {'q': 1}, {'q': 1, 'a': 9} | cm, type({'q': 1} | cm).__name__)
cm |= {'r': 2}
print(cm)
try:
    cm.__or__(5)
except Exception as e:
    print(type(e).__name__, e)
print(cm.__or__(5), cm.__ror__(5))
e = ChainMap({})
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
print(ChainMap({'k': 1}).popitem())
e.maps.append(e)
print(e)
try:
    ChainMap({})['missing']
except KeyError as ex:
    print('KeyError', ex)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'default'


dc = DefaultChain({'a': 1})
print(dc['a'], dc['b'], dc.get('b'), dc.get('b', 5), 'b' in dc)
cm.clear()
print(cm, cm.maps)

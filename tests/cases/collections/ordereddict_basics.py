from collections import OrderedDict

od = OrderedDict.fromkeys('abcde')
print(od, OrderedDict(), len(od), list(od), list(reversed(od)))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('e', False)
od.move_to_end('a', True)
print(list(od))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(od.keys(), od.values(), od.items(), list(reversed(od.items())), list(reversed(od.values())))
print(type(od.keys()).__name__, type(od.keys()).__mro__[1].__name__, type(iter(od)).__name__)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
      OrderedDict(a=1) != OrderedDict(a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2), OrderedDict(a=1) != OrderedDict(a=2))
print(OrderedDict([(1, 2)], x=3), OrderedDict({'z': 1, 'a': 2}), OrderedDict(od))
od['new'] = 5
od['c'] = 'changed'
print(od, od.setdefault('k', 1), od.pop('new'), od.pop('nope', 0), od.get('c'))
del od['k']
print(od, 'c' in od, od.copy(), type(od.copy()).__name__)
print(od | {'z': 1}, {'z': 1} | od, type({'z': 1} | od).__name__)
od |= {'q': 2}
od |= [('w', 3)]
print(od)
try:
    od | 1
except TypeError as e:
    print(e)
od.update({'u': 1}, v=2)
od.update([('p', 0)])
print(od)
try:
    OrderedDict(1)
except TypeError as e:
    print(e)
try:
    OrderedDict({}, {})
except TypeError as e:
    print(e)
try:
    od.update({}, {})
except TypeError as e:
    print(e)
print(OrderedDict[str, int], OrderedDict.__module__, [c.__name__ for c in OrderedDict.__mro__])
try:
    hash(od)
except TypeError as e:
    print(e)
print(OrderedDict.fromkeys('ab', 0), od.__dict__, isinstance(od, dict))
od.clear()
print(od, repr(od))

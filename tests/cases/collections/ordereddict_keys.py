# OrderedDict hashes a key before it looks: CPython's errors for unhashable keys.
from collections import OrderedDict

for f in (lambda: OrderedDict().__setitem__([1], 1), lambda: OrderedDict()[[1]], lambda: OrderedDict().pop([1]),
          lambda: [1] in OrderedDict(), lambda: OrderedDict().move_to_end([1]), lambda: OrderedDict().__delitem__([1]),
          lambda: OrderedDict(a=1).__delitem__('b'), lambda: OrderedDict().move_to_end({}),
          lambda: OrderedDict().pop([1], 5), lambda: OrderedDict.fromkeys([[1]]), lambda: OrderedDict([([1], 2)]),
          lambda: OrderedDict().update({}.fromkeys('a'), b=[1])):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
od = OrderedDict()
od['k'] = 1
od['k'] = 2
del od['k']
od[1] = od[1.0] = 'one'
print(od, len(od))

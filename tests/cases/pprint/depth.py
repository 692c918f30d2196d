# depth replaces deeper containers with '...' markers -- but only where the
# shortened text then fits; otherwise the value is spread out in full.
import collections
import pprint

value = [1, [2, [3, [4]]], {'a': {'b': {}}}, (1, (2,)), (), (1, 2, (3, 4))]
for depth in (1, 2, 3, 4):
    print(pprint.pformat(value, depth=depth))
    print(pprint.pformat(value, depth=depth, width=8))
    print(pprint.pformat([value], depth=depth, width=30))
big = list(range(10))
for depth in (1, 2, 3):
    for obj in (collections.OrderedDict({'a': [[1]], 'b': big}),
                collections.UserList([[[1]], big]),
                collections.deque([[[1]], big]),
                collections.ChainMap({'a': [[1]], 'b': big}),
                collections.Counter({(1, (2, (3,))): 1, 'b': 2}),
                collections.defaultdict(int, {(1, (2, (3,))): 1, 'b': 2}),
                {(1, (2, (3,))): 1, 'b': 2}):
        print(depth, pprint.pformat(obj, depth=depth, width=20))
print(pprint.pformat([[1]], depth=1.5))
try:
    pprint.pformat([1], depth='x')
except TypeError as exc:
    print('TypeError', exc)

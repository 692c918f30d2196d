# Counter: spread out in most_common order.
import collections
import pprint


class C(collections.Counter):
    pass


c = collections.Counter('abracadabra' * 3 + 'zzzzq')
for width in (1, 20, 40, 80):
    print(pprint.pformat(c, width=width))
    print(pprint.pformat(C(c), width=width, indent=3))
    print(pprint.pformat([c], width=width))
print(pprint.pformat(collections.Counter(), width=1))
print(pprint.pformat(collections.Counter({('t', 1): 5, 'long key ' * 3: 7}),
                     width=20))

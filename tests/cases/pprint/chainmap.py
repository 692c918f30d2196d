# ChainMap: each of its maps on a line of its own.
import collections
import pprint


class CM(collections.ChainMap):
    pass


cm = collections.ChainMap({'a': 1, 'b': list(range(10))}, {'c': 2}, {})
for width in (1, 20, 40, 80):
    for indent in (1, 2):
        print(pprint.pformat(cm, width=width, indent=indent))
        print(pprint.pformat(CM(*cm.maps), width=width, indent=indent))
print(pprint.pformat(collections.ChainMap(), width=1))
print(pprint.pformat(collections.ChainMap(), width=7, indent=2))
print(pprint.pformat([collections.ChainMap({1: 2})], width=7, indent=4))

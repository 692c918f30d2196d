# mappingproxy: the mapping it shows, under its name.
import pprint
import types

mp = types.MappingProxyType({'b': 1, 'a': list(range(10)), 'c': {'x': 'y'}})
for width in (1, 20, 40, 80):
    for indent in (1, 4):
        print(pprint.pformat(mp, width=width, indent=indent))
        print(pprint.pformat([mp], width=width, indent=indent))
print(pprint.pformat(types.MappingProxyType({}), width=1, indent=4))
print(pprint.pformat(types.MappingProxyType({'z': 1, 'a': 2}), width=10,
                     sort_dicts=False))

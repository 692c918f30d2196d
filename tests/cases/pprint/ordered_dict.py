# OrderedDict: its repr while it fits, else a list of (key, value) pairs in
# insertion order under the class's name.
import collections
import pprint


class OD(collections.OrderedDict):
    pass


od = collections.OrderedDict([('b', 1), ('a', list(range(12))), ('c', 'x')])
for width in (1, 20, 40, 80):
    for indent in (1, 4):
        print(pprint.pformat(od, width=width, indent=indent))
        print(pprint.pformat(OD(od), width=width, indent=indent))
print(pprint.pformat(collections.OrderedDict(), width=1))
print(pprint.pformat([collections.OrderedDict(a=1)], width=5))
print(pprint.pformat(collections.OrderedDict(z=1, a=2), sort_dicts=True,
                     width=5))

# defaultdict: the factory, then its items as a dict on the next line.
import collections
import pprint


class DD(collections.defaultdict):
    pass


big = list(range(12))
for dd in (collections.defaultdict(list, {'b': [1, 2, 3], 'a': big}),
           collections.defaultdict(None, {'k': big}),
           DD(int, a=big, b=1),
           collections.defaultdict(int),
           collections.defaultdict(lambda: 0, x=1)):
    for width in (1, 20, 60, 80):
        text = pprint.pformat(dd, width=width)
        print(text.split(' at 0x')[0] if 'lambda' in text else text)
print(pprint.pformat(collections.defaultdict(int, a=big), indent=4, width=20))
print(pprint.pformat(collections.defaultdict(int, {'z': 1, 'a': 2}),
                     width=20, sort_dicts=False))

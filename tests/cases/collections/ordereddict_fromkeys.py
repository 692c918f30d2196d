# OrderedDict.fromkeys is its own class method: it sets each key through __setitem__.
from collections import OrderedDict, defaultdict, Counter
class S(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
print(S.fromkeys('ab', 1))
class D(dict):
    def __setitem__(self, k, v):
        print('dset', k)
        super().__setitem__(k, v)
print(D.fromkeys('xy'))
print(OrderedDict.fromkeys.__text_signature__, OrderedDict.fromkeys.__doc__)
print(OrderedDict.fromkeys(iterable='pq', value=0), OrderedDict.fromkeys([]))
try:
    OrderedDict.fromkeys(5)
except TypeError as e:
    print(e)
try:
    OrderedDict.fromkeys()
except TypeError as e:
    print(e)
try:
    OrderedDict.fromkeys([[1]])
except TypeError as e:
    print(e)

# list.__getitem__ is a method descriptor; defaultdict has its own __class_getitem__ and no __getitem__; bound built-in methods compare by self and function
import collections
print(list.__getitem__, list.__getitem__.__doc__, list.__getitem__.__text_signature__, type([].__getitem__).__name__)
print(list.__getitem__([1,2,3], 1), list.__getitem__([1,2,3], slice(1, None)))
for bad in ((), ([1], 'x'), ([1], 5), (1, 0)):
    try: print(list.__getitem__(*bad))
    except Exception as e: print(type(e).__name__, e)
print(collections.defaultdict.__class_getitem__.__doc__, collections.defaultdict[int, str])
print('__getitem__' in collections.defaultdict.__dict__, '__class_getitem__' in collections.defaultdict.__dict__)
d = collections.defaultdict(list); d['a'].append(1); print(d, d.__getitem__('b'), dict.__getitem__(d, 'c'))
class DD(collections.defaultdict):
    def __missing__(self, k): return k * 2
print(DD()['x'])
l = []
print(l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append), len == len, hash(len) == hash(len))
print(type(len).__dict__.get('__eq__'), type(len).__dict__.get('__hash__'))
class L(list):
    def __getitem__(self, i): return 'L'
print(L([1])[0], list.__getitem__(L([1]), 0))

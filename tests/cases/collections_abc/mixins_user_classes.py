# Set, MutableSequence and Mapping mixins on user classes; Counter, ChainMap and UserString odds and ends.
import collections, collections.abc as cabc
from collections import *
class FS(cabc.Set):
    def __init__(self, it): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    __hash__ = cabc.Set._hash
a, b = FS('abc'), FS('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a < FS('abcd'), a == FS('cba'), hash(a) == hash(FS('cab')))
print(sorted({'a': 1}.keys() - FS('a')), a.isdisjoint('xyz'), sorted('xb' - a) if False else '')
print(UserString('a b c').split(maxsplit=1), UserString('abc').startswith(('a', 'z')))
print(Counter('aab') | Counter('bcc'), Counter(a=2) & Counter(a=1, b=3))
print(cabc.Mapping.get.__qualname__, cabc.MutableSequence.insert.__isabstractmethod__)
print(cabc.Sequence.index.__doc__)
print(list(ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4})))
print(namedtuple('P', 'x y', defaults=[1]).__new__.__defaults__)
print(isinstance(iter(range(5)), cabc.Iterator), issubclass(type({}.keys()), cabc.Set))
class L(cabc.MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
l = L(); l.extend('abcd'); l.reverse(); l.remove('b'); l += 'xy'
print(l.d, l.pop(), l.index('a'), l.count('x'), list(reversed(l)), 'c' in l)
try: l.index('zz')
except ValueError as e: print('VE', repr(e))
l.clear(); print(l.d)

# method-wrappers ((1).__add__) and slot wrappers (int.__add__) pickle as
# getattr(owner, name), as in CPython.
import copy, pickle

for m in ((1).__add__, 'ab'.__len__, [3, 1].__len__, (2.5).__neg__, object().__str__.__name__,
          {1: 2}.__contains__, frozenset({1}).__hash__):
    if isinstance(m, str):
        continue
    r = m.__reduce__()
    print(type(m).__name__, r[0].__name__, r[1][1], type(r[1][0]).__name__, m.__reduce_ex__(2) == r)
print(pickle.loads(pickle.dumps((40).__add__))(2))
print(pickle.loads(pickle.dumps('abc'.__len__, 0))())
print(copy.copy((5).__mul__)(3), copy.deepcopy([7].__len__)())
for w in (int.__add__, str.__len__, list.__len__, object.__repr__):
    r = w.__reduce__()
    print(type(w).__name__, r[0].__name__, r[1])
print(pickle.loads(pickle.dumps(int.__add__))(3, 4))
print(pickle.loads(pickle.dumps(str.__len__, 2))('xyz'))

class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v
    __hash__ = object.__hash__

m = C(3).__ne__
r = m.__reduce__()
print(r[1][1], r[1][0].v)
print(pickle.loads(pickle.dumps(m))(C(3)))

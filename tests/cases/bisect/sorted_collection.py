# A sorted-collection class built on bisect with keys, as programs do.
import bisect

class SortedList:
    def __init__(self, key=None):
        self._items = []
        self._key = key
    def add(self, v):
        bisect.insort(self._items, v, key=self._key)
    def remove(self, v):
        k = v if self._key is None else self._key(v)
        i = bisect.bisect_left(self._items, k, key=self._key)
        if i < len(self._items) and self._items[i] == v:
            del self._items[i]
        else:
            raise ValueError(f'{v!r} not in list')
    def range(self, lo, hi):
        i = bisect.bisect_left(self._items, lo, key=self._key)
        j = bisect.bisect_right(self._items, hi, key=self._key)
        return self._items[i:j]
    def __repr__(self):
        return f'SortedList({self._items})'

s = SortedList()
for v in [5, 3, 9, 1, 7, 3, 8]:
    s.add(v)
print(s, s.range(3, 7))
s.remove(3)
print(s)
try:
    s.remove(4)
except ValueError as e:
    print(e)
t = SortedList(key=str.lower)
for w in ['banana', 'Apple', 'cherry', 'apple', 'Banana']:
    t.add(w)
print(t, t.range('apple', 'b'), t.range('b', 'c'))

from collections.abc import Sequence, MutableSequence


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
print(s.index(3, -2), s.index(2, -1))
for args in ((9,), (1, 1), (2, 0, 1)):
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))


class MSeq(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'MSeq{tuple(self._items)}'


m = MSeq(1, 2, 3)
m.append(4)
m.extend([5, 6])
m.extend(m)
print(m)
m.reverse()
print(m, m.pop(), m.pop(0), m)
m.remove(3)
print(m)
m += (7, 8)
print(m)
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print('IndexError', e)
try:
    m.remove(1)
except ValueError as e:
    print('ValueError', repr(e))
print(MutableSequence.pop.__doc__)
print(Sequence.index.__doc__)

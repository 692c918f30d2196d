from collections.abc import Set, MutableSet


class LSet(Set):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f'LSet({self._items})'


a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [3, 9], [3, 9] & a, a | [9], [9] | a, a - [1], [1, 5] - a, a ^ [1, 7], [1, 7] ^ a)
print(a == LSet([3, 2, 1]), a != b, a <= LSet([1, 2, 3, 4]), a < a, a >= LSet([1]), a > LSet([1]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3}, a.isdisjoint([7, 8]), a.isdisjoint([1]))
print(a._hash() == hash(frozenset([1, 2, 3])), LSet()._hash() == hash(frozenset()))
print(LSet(['a', 'b'])._hash() == hash(frozenset(['a', 'b'])))
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a & 5
except TypeError as e:
    print(e)
print(a.__eq__(5), a.__hash__)


class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


m = MSet([1, 2, 3])
m.add(4)
m.discard(9)
m.remove(1)
print(m)
try:
    m.remove(9)
except KeyError as e:
    print('KeyError', e)
m |= [5, 6]
print(m)
m &= [2, 3, 5, 9]
print(m)
m ^= [3, 10]
print(m)
m -= [10]
print(m, m.pop(), m)
m ^= m
print(m)
m.add(1)
m -= m
print(m)
m.add(7)
m.clear()
print(m)
try:
    m.pop()
except KeyError as e:
    print('KeyError', repr(e))

from collections import UserList
from collections.abc import MutableSequence


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s, isinstance(s, MutableSequence), type(s[:1]).__name__, type(s + [1]).__name__)
print(s * 0, s.index(1), s.count(2), 2 in s, s[0:10:2], sorted(s, reverse=True))
try:
    s.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
s[1:2] = [7, 8, 9]
print(s)
del s[::2]
print(s, len(s), list(reversed(s)), s == [8], s != Stack([8]))
u = UserList([3, 1, 2])
u.sort()
v = u.copy()
v.append(4)
print(u, v, u < v, u.__copy__(), u.__class__.__name__)
print(UserList('ab') + 'cd', 'cd' + UserList('ab') if False else '', UserList([1]) == UserList([1]))

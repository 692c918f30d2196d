from collections import Counter, UserDict, _count_elements


class Loud(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


print(Loud('aba'))


class GetHook(Counter):
    def get(self, key, default=None):
        return super().get(key, default) + 10 if key in self else default


print(GetHook('aab'))
u = UserDict()
_count_elements(u, 'xyx')
print(u)
d = {}
_count_elements(d, [1, 2, 1, (1, 2), 1])
print(d)
big = {'k': 2 ** 62 - 1}
_count_elements(big, 'kk')
print(big)
try:
    _count_elements({}, 5)
except TypeError as e:
    print(e)
try:
    _count_elements({}, [[1]])
except TypeError as e:
    print(e)
try:
    _count_elements(5, 'a')
except AttributeError as e:
    print(e)
print(Counter(iter(range(5))), Counter(x % 3 for x in range(10)), Counter(b'abca'))
print(Counter('a' * 1000 + 'b' * 10).most_common(1))

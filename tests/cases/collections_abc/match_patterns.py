from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, UserList, UserDict

P = namedtuple('P', 'x y')
for subject in (deque([1, 2]), OrderedDict(a=1), defaultdict(int, {'a': 2}), Counter('aab'), P(1, 2),
                UserList([1, 2]), UserDict(a=3), 'ab', b'ab'):
    match subject:
        case {'a': v}:
            print(type(subject).__name__, 'mapping', v)
        case P(x=x, y=y):
            print(type(subject).__name__, 'point', x, y)
        case [first, *rest]:
            print(type(subject).__name__, 'sequence', first, rest)
        case _:
            print(type(subject).__name__, 'other')

from collections.abc import Sequence, Mapping


class MySeq(Sequence):
    def __getitem__(self, i):
        return (10, 20)[i]

    def __len__(self):
        return 2


class MyMap(Mapping):
    def __getitem__(self, k):
        if k == 'a':
            return 'A'
        raise KeyError(k)

    def __iter__(self):
        return iter('a')

    def __len__(self):
        return 1


class SubSeq(MySeq):
    pass


for subject in (MySeq(), MyMap(), SubSeq()):
    match subject:
        case {'a': v}:
            print(type(subject).__name__, 'mapping', v)
        case [a, b]:
            print(type(subject).__name__, 'sequence', a, b)
        case _:
            print(type(subject).__name__, 'other')
print('__abc_tpflags__' in Sequence.__dict__, '__abc_tpflags__' in Mapping.__dict__)

# Sequences other than lists: read by index, len() only without hi, and
# insort calls their insert method.
import bisect

class Logged:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        print('len')
        return len(self.items)
    def __getitem__(self, i):
        print('get', i)
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)

s = Logged([1, 3, 5, 7])
print(bisect.bisect_left(s, 5))
print(bisect.bisect_right(s, 5, 1, 3))
bisect.insort(s, 4)
bisect.insort_left(s, 0, key=lambda v: v)
print(s.items)
print(bisect.bisect_left((1, 2, 3, 4), 3), bisect.bisect_right('abcdef', 'c'), bisect.bisect(range(0, 100, 7), 50))
print(bisect.bisect_left(b'abc', 98), bisect.bisect_right(bytearray(b'abc'), 98))

class T(tuple):
    pass

print(bisect.bisect(T((1, 2, 3)), 2))
for seq in ((1, 2), 'ab', range(3)):
    try:
        bisect.insort(seq, 1)
    except AttributeError as e:
        print(e)

class OnlyGet:
    def __getitem__(self, i):
        print('get', i)
        return i

print(bisect.bisect_left(OnlyGet(), 5, 0, 10))
try:
    bisect.bisect_left(OnlyGet(), 5)
except TypeError as e:
    print(e)
try:
    bisect.insort(OnlyGet(), 5, 0, 10)
except AttributeError as e:
    print(e)

class NoGet:
    def insert(self, i, x):
        print('insert', i, x)

try:
    bisect.insort(NoGet(), 5, 0, 0)
except TypeError as e:
    print(e)

class Short:
    def __len__(self):
        return 10
    def __getitem__(self, i):
        if i > 2:
            raise IndexError('short')
        return i

try:
    bisect.bisect(Short(), 5)
except IndexError as e:
    print('IndexError', e)

class Insert42(list):
    def insert(self, i, x):
        print('my insert', i, x)
        return 42

l = Insert42([1, 2])
print(bisect.insort(l, 3), l)

# built-in mappings are not sequences; classes deriving from them are
import collections
for m in (collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), {}.keys(),
          type.__dict__, collections.deque([1, 2, 3]), int | None):
    for bounds in ((), (0, 1)):
        try:
            print(bisect.bisect(m, 1, *bounds))
        except Exception as e:
            print(type(e).__name__, e)

from collections import OrderedDict

r = OrderedDict()
r['self'] = r
print(r)
od = OrderedDict.fromkeys('abc')
for change in (lambda: od.__setitem__('new', 1), lambda: od.move_to_end('a'), lambda: od.pop('b'),
               lambda: od.popitem(), lambda: od.__setitem__('c', 'value only')):
    it = iter(od)
    next(it)
    change()
    try:
        print(next(it))
    except RuntimeError as e:
        print('RuntimeError', e)
    except StopIteration:
        print('stop')
print(od)


class O(OrderedDict):
    pass


o = O(a=1)
o.tag = 'x'
print(o, o.copy(), type(o.copy()).__name__, o.tag, o.__dict__)
cls, args, state, listitems, items = o.__reduce__()
print(cls.__name__, args, state, listitems, list(items))
cls, args, state, listitems, items = OrderedDict(q=1).__reduce__()
print(cls.__name__, args, state, listitems, list(items))


class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated([('a', 1), ('b', 2)])
lu['a'] = 3
lu.update(b=4)
print(lu)


class LRU(OrderedDict):
    def __init__(self, maxsize=2):
        super().__init__()
        self.maxsize = maxsize

    def get_or(self, key, make):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = self[key] = make(key)
        if len(self) > self.maxsize:
            self.popitem(last=False)
        return value


cache = LRU()
for k in 'abacdcb':
    cache.get_or(k, str.upper)
print(cache, cache.maxsize)
print(OrderedDict.move_to_end.__doc__)
print(OrderedDict.popitem.__doc__, OrderedDict.move_to_end.__text_signature__, OrderedDict.popitem.__text_signature__)
print(OrderedDict.__doc__)
try:
    od.move_to_end()
except TypeError as e:
    print(e)
big = OrderedDict((i, i * i) for i in range(100))
for i in range(0, 100, 3):
    big.move_to_end(i, last=False)
print(list(big)[:10], list(big)[-5:], len(big))
for i in range(50):
    big.popitem(last=i % 2 == 0)
print(list(big.items())[:4], len(big))

from collections import OrderedDict


class Tracking(OrderedDict):
    def __init__(self, *args, **kwds):
        self.log = []
        super().__init__(*args, **kwds)

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


t = Tracking([('b', 1), ('a', 2)], c=3)
t.update({'d': 4}, e=5)
t |= {'f': 6}
print(t, t.log)
print(repr(Tracking()), type(t.copy()).__name__, t.copy().log)


class Reversed(OrderedDict):
    def __iter__(self):
        return reversed(list(super().__iter__()))


r = Reversed(a=1, b=2)
print(list(r), r)


class Sorted(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        for k in sorted(self):
            self.move_to_end(k)


s = Sorted()
for k in 'dbca':
    s[k] = k.upper()
print(s, list(s.keys()), list(s.values()))
od = OrderedDict(x=1)
od.attr = 'a'
print(od.__dict__, vars(od))
cls, args, state, _, items = od.__reduce__()
print(cls.__name__, args, state, list(items))
print(OrderedDict.fromkeys('xy') == {'y': None, 'x': None}, OrderedDict.fromkeys('xy') == OrderedDict.fromkeys('yx'))
print(list(OrderedDict(zip('abc', range(3))).items()), OrderedDict(zip('abc', range(3))).keys() & {'a', 'z'})

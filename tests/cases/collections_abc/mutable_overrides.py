from collections.abc import MutableSequence, MutableMapping, MutableSet


class Log(MutableSequence):
    def __init__(self):
        self.items = []
        self.calls = []

    def __getitem__(self, i):
        self.calls.append(('get', i))
        return self.items[i]

    def __setitem__(self, i, v):
        self.calls.append(('set', i))
        self.items[i] = v

    def __delitem__(self, i):
        self.calls.append(('del', i))
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.calls.append(('insert', i))
        self.items.insert(i, v)


lg = Log()
lg.extend('abc')
lg.reverse()
lg.pop()
lg.remove('b')
print(lg.items, lg.calls)


class Bad(MutableMapping):
    pass


print(sorted(Bad.__abstractmethods__))
try:
    Bad()
except TypeError as e:
    print(e)
print(sorted(MutableSet.__abstractmethods__))

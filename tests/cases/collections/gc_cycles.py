# Containers that hold themselves: freed by the cycle collector at exit.
from collections import deque, defaultdict, OrderedDict


class Node:
    def __init__(self, name):
        self.name = name
        self.links = deque()


a, b = Node('a'), Node('b')
a.links.append(b)
b.links.append(a)
d = deque()
d.append(d)
dd = defaultdict(list)
dd['self'].append(dd)
dd.default_factory = lambda: dd
od = OrderedDict()
od['me'] = od
od.attr = od
it = iter(d)
d.append(it)
print(len(d), len(dd), len(od), a.links[0].name)
del a, b, d, dd, od, it
print('done')

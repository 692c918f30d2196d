# lib: arrcheck
import array, sys
from arrcheck import show
A = array.array
a = A('i', range(10))
class Clear:
    def __eq__(self, other):
        del a[:]
        return False
show("index while clearing", lambda: a.index(Clear()))
a.extend(range(10))
show("count while clearing", lambda: a.count(Clear()))
a.extend(range(10))
show("remove while clearing", lambda: a.remove(Clear()))
a.extend(range(10))
show("contains while clearing", lambda: Clear() in a)
print(a)
b = A('i', [1, 2, 3])
class Shrink:
    def __index__(self):
        del b[:]
        return 7
show("setitem shrinks", lambda: b.__setitem__(2, Shrink()))
print(b)
b.extend([1, 2, 3])
show("append shrinks", lambda: (b.append(Shrink()), b)[1])
b.extend([1, 2, 3])
show("insert shrinks", lambda: (b.insert(1, Shrink()), b)[1])
class Grow:
    def __index__(self):
        b.extend(range(100))
        return 5
show("fromlist grows", lambda: (b.fromlist([Grow(), 1]), len(b))[1])
show("setitem grows", lambda: (b.__setitem__(0, Grow()), b[0], len(b))[2])
lst = [1, 2, 3]
class Trim:
    def __index__(self):
        lst.clear()
        return 9
c = A('b')
show("fromlist list shrinks", lambda: (c.fromlist([Trim(), 5, 6]) if False else c.fromlist(lst + [Trim()]), c)[1])
lst2 = [Trim(), 1, 2]
lst = lst2
show("fromlist source cleared", lambda: (c.fromlist(lst2), c)[1])
d = A('h', [1, 2])
it = iter(d)
d.extend(d); d.extend(d)
print(list(it), d)
e = A('q', [5])
for x in e:
    if len(e) < 50:
        e += e
print(len(e))
show("huge repeat", lambda: A('q', [1, 2]) * (sys.maxsize // 8))
show("huge imul", lambda: A('q', [1, 2]).__imul__(sys.maxsize // 4))
show("huge fromfile", lambda: A('q').fromfile(None, sys.maxsize))
show("huge pop index", lambda: A('q', [1]).pop(sys.maxsize * 2))
show("huge insert", lambda: (lambda x: (x.insert(-sys.maxsize * 4, 9), x)[1])(A('q', [1])))
show("huge slice", lambda: A('q', [1, 2])[-sys.maxsize * 4:sys.maxsize * 4:sys.maxsize])
show("step -maxsize", lambda: A('q', range(5))[::-sys.maxsize])
class BadIter:
    def __iter__(self): return self
    def __next__(self): raise KeyError("boom")
show("bad iterator", lambda: A('i', BadIter()))
z = A('i', [1])
show("extend bad iterator keeps", lambda: (z.extend(BadIter()), z))
print(z)
class LenLies(list):
    def __len__(self): return 1000
show("list subclass init", lambda: A('i', LenLies([1, 2])))

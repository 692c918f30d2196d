# lib: arrcheck
import array
from arrcheck import show
a = array.array('i', [1, 2, 3])
it = iter(a)
print(type(it).__name__, type(it).__module__, iter(it) is it, next(it))
a.append(4)
print(list(it))
a.append(5)
print(list(it), list(a))
b = array.array('d', [1, 2, 3, 4])
out = []
for x in b:
    out.append(x)
    if len(out) == 2:
        del b[:]
print(out, b)
c = array.array('b', [1, 2])
for x in c:
    if len(c) < 6:
        c.append(x)
print(c)
print(list(reversed(array.array('w', 'abc'))), sum(array.array('h', range(100))), max(array.array('f', [0.5, 2.5])))
it = iter(array.array('i', [5, 6, 7]))
next(it)
print(it.__reduce__())
it.__setstate__(2); print(list(it), it.__reduce__())
it = iter(array.array('i', [5, 6, 7]))
it.__setstate__(-3); print(list(it))
it = iter(array.array('i', [5, 6, 7]))
it.__setstate__(10); print(list(it))
show("setstate str", lambda: iter(array.array('i')).__setstate__('x'))
show("length_hint", lambda: iter(array.array('i')).__length_hint__())
show("new iterator type", lambda: type(iter(array.array('i')))())
x, y, *z = array.array('b', [1, 2, 3, 4])
print(x, y, z)
match array.array('b', [1, 2]):
    case [p, q]:
        print("sequence pattern", p, q)

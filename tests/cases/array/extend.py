# lib: arrcheck
import array
from arrcheck import show
a = array.array('i', [1, 2])
a.extend([3, 4]); a.extend((5,)); a.extend(range(6, 8)); a.extend(x for x in (8, 9))
a.extend(array.array('i', [10]))
print(a)
show("other kind", lambda: a.extend(array.array('d', [1.0])))
show("not iterable", lambda: a.extend(5))
show("bad item midway", lambda: a.extend([11, 'x', 12]))
print(a)
a.extend(a)
print(a)
a += a
print(len(a))
show("iadd list", lambda: a.__iadd__([1]))
show("iadd other kind", lambda: a.__iadd__(array.array('b')))
b = array.array('b', [1])
def gen():
    yield 2
    b.append(3)
    yield 4
b.extend(gen())
print(b)
c = array.array('d')
c.extend(iter([1, 2.5, True]))
print(c)
show("extend str into w", lambda: (lambda w: (w.extend('xyz'), w)[1])(array.array('w')))
show("extend bytes into B", lambda: (lambda w: (w.extend(b'xyz'), w)[1])(array.array('B')))

# lib: arrcheck
import array, sys
from arrcheck import show
a = array.array('h', [1, 2])
print(a + array.array('h', [3]), a * 3, 3 * a, a * 0, a * -5, array.array('h') * 10)
show("add list", lambda: a + [1])
show("radd list", lambda: [1] + a)
show("add other kind", lambda: a + array.array('i'))
show("mul str", lambda: a * 'x')
show("mul float", lambda: a * 1.5)
show("mul huge", lambda: a * sys.maxsize)
show("mul huge 2", lambda: a * (sys.maxsize // 2))
show("mul bigint", lambda: a * 10**30)
show("1 byte huge", lambda: array.array('b', [1]) * sys.maxsize)
show("empty huge", lambda: array.array('b') * sys.maxsize)
b = array.array('h', [5])
b *= 3
print(b)
b *= 0
print(b, len(b))
c = array.array('h', [1, 2])
c *= -1
print(c)
d = array.array('h', [1, 2])
show("imul huge", lambda: d.__imul__(sys.maxsize))
show("imul str", lambda: d.__imul__('x'))
print(d)
d += array.array('h', [9])
print(d)

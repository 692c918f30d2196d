# lib: arrcheck
import array
from arrcheck import show
a = array.array('i', range(10))
for s in [slice(None), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, None, 2), slice(None, None, -1),
          slice(8, 1, -3), slice(-1, -8, -3), slice(100, 200), slice(-100, 100, 7), slice(1, 1)]:
    print(s, a[s])
print(a[3], a[-1], a[-10], type(a[1:2]))
show("index too big", lambda: a[10])
show("index too small", lambda: a[-11])
show("float index", lambda: a[1.0])
show("str index", lambda: a['x'])
show("huge index", lambda: a[10**30])
show("zero step", lambda: a[::0])
show("tuple index", lambda: a[1, 2])
class I:
    def __index__(self): return 4
print(a[I()], a[I():])
print(array.array('w', 'hello')[::-2], array.array('d', [1.5, 2.5])[1:])

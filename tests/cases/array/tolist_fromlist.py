# lib: arrcheck
import array
from arrcheck import show
a = array.array('q', [-1, 0, 1])
print(a.tolist(), type(a.tolist()))
a.fromlist([7, 8])
print(a)
show("tuple", lambda: a.fromlist((1, 2)))
show("atomic", lambda: a.fromlist([9, 'x', 10]))
print(a)
show("range", lambda: a.fromlist(range(2)))
a.fromlist([])
print(a)
print(array.array('d', [1, 2]).tolist(), array.array('w', 'ab').tolist(), array.array('B').tolist())

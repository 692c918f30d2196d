# lib: arrcheck
import array, copy
from arrcheck import show
a = array.array('i', [1, 2, 3])
for proto in range(6):
    print(proto, a.__reduce_ex__(proto))
print(copy.copy(a), copy.deepcopy(a), a.__copy__() is a, a.__deepcopy__({}))
print(array.array('w', 'ab').__reduce_ex__(4), array.array('d', [0.5]).__reduce_ex__(3))
class Sub(array.array):
    pass
s = Sub('b', [1])
print(s.__reduce_ex__(3), s.__reduce_ex__(1))
s.tag = 'x'
print(s.__reduce_ex__(3), s.__reduce_ex__(2))
fn, args, state = s.__reduce_ex__(4)
t = fn(*args)
t.__dict__.update(state)
print(type(t).__name__, t, t.tag)
print(type(copy.copy(s)).__name__, copy.deepcopy([a, a])[0] is not a)
show("reduce_ex str", lambda: a.__reduce_ex__('x'))
show("reduce", lambda: a.__reduce__())
for code in "bBhHiIlLqQfdw":
    x = array.array(code, 'ab' if code == 'w' else [1, 2])
    f, args, st = x.__reduce_ex__(3)
    print(code, args[2], f(*args) == x)

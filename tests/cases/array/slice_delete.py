# lib: arrcheck
import array
from arrcheck import show
def run(label, key):
    a = array.array('b', range(12))
    def f():
        del a[key]
        return a
    show(label, f)
for key in [0, -1, 11, 12, -13, slice(2, 5), slice(5, 2), slice(None), slice(None, None, 2), slice(None, None, -3),
            slice(1, 10, 4), slice(-2, 0, -5), slice(100, 200, 3), slice(None, None, 100), 'x', 1.5]:
    run(repr(key), key)

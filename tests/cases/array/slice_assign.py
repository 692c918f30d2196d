# lib: arrcheck
import array
from arrcheck import show
A = array.array
def run(label, fn):
    a = A('i', range(10))
    show(label, lambda: (fn(a), a)[1])
def setter(key, value):
    def f(a): a[key] = value
    return f
run("[2:5] shorter", setter(slice(2, 5), A('i', [7])))
run("[2:5] longer", setter(slice(2, 5), A('i', [7] * 5)))
run("[9:3] insert", setter(slice(9, 3), A('i', [7])))
run("[:] empty", setter(slice(None), A('i')))
run("[::2] same size", setter(slice(None, None, 2), A('i', [0] * 5)))
run("[8:1:-2]", setter(slice(8, 1, -2), A('i', [0, 0, 0, 0])))
run("[::2] wrong size", setter(slice(None, None, 2), A('i', [1])))
run("[::2] empty (deletes)", setter(slice(None, None, 2), A('i')))
run("[::-1] list", setter(slice(None, None, -1), [1]))
run("[1:2] other kind", setter(slice(1, 2), A('d', [1.0])))
run("[1:2] tuple", setter(slice(1, 2), (1,)))
run("item", setter(3, 99))
run("item negative", setter(-1, 99))
run("item out of range", setter(10, 1))
run("item bad value", setter(0, 'x'))
run("item overflow", setter(0, 2**40))
run("bad key", setter('k', 1))
run("self reversed", lambda a: a.__setitem__(slice(None, None, -1), a))
run("self into middle", lambda a: a.__setitem__(slice(2, 3), a))
run("self stepped", lambda a: a.__setitem__(slice(None, None, 1), a))

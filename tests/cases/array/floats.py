# lib: arrcheck
import array
from arrcheck import show
nan, inf = float('nan'), float('inf')
for code in "fd":
    a = array.array(code, [0.1, -0.0, inf, -inf, nan, 1e300, -1e300, 5e-324, 3, True])
    print(code, a)
    print(a.tobytes().hex())
    print([str(x) for x in a[:2]])
    show("str", lambda: array.array(code, ['1.0']))
    show("bytes", lambda: array.array(code, [b'1']))
    show("None", lambda: array.array(code, [None]))
    show("huge int", lambda: array.array(code, [10**400]))
    show("complex", lambda: array.array(code, [1j]))
    class F:
        def __float__(self): return 2.5
    show("__float__", lambda: array.array(code, [F()]))
    class I:
        def __index__(self): return 7
    show("__index__", lambda: array.array(code, [I()]))
    show("nan == nan", lambda: array.array(code, [nan]) == array.array(code, [nan]))
    show("nan count", lambda: array.array(code, [nan]).count(nan))
    show("-0.0 == 0.0", lambda: array.array(code, [-0.0]) == array.array(code, [0.0]))
    show("nan in", lambda: nan in array.array(code, [nan]))
    show("index -0.0", lambda: array.array(code, [1, -0.0]).index(0.0))
print(array.array('f', [3.4028235e38, 3.4028236e38, 3.5e38, 1e-46]))

# lib: arrcheck
import array
from arrcheck import show
class X(array.array):
    pass
class Y(array.array):
    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)
class Z(array.array):
    def __new__(cls, code, extra=None):
        self = super().__new__(cls, code)
        self.extra = extra
        return self
class S(array.array):
    __slots__ = ('a',)
x = X('i', [1])
print(x, type(x[0:1]).__name__, type(x + x).__name__, type(x * 2).__name__, type(x.__copy__()).__name__)
show("kwargs refused", lambda: X('i', [1], x=1))
show("kwargs to __init__", lambda: Y('i', [1], x=1))
show("__new__ kwargs", lambda: Z('i', extra=3).extra)
s = S('d', [1.5]); s.a = 1
print(s, s.a)
show("slots no dict", lambda: setattr(s, 'b', 1))
x.attr = 5
print(x.__dict__, isinstance(x, array.array), X.__mro__)
x += array.array('i', [2])
print(type(x).__name__, x)
print(X('w', 'q') == array.array('w', 'q'), X.typecode, X('b').typecode, X('b').itemsize)
class Rich(array.array):
    def __eq__(self, other):
        return "custom"
print(Rich('b') == array.array('b'), array.array('b') == Rich('b'))
class Ordered(array.array):
    def __lt__(self, other): return "lt"
print(array.array('b') > Ordered('b'))
print(array.array[int], array.array.__class_getitem__(str), type(array.array[int]).__name__)

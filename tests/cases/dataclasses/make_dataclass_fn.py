# make_dataclass: fields by name, (name, type) or (name, type, Field).
from dataclasses import make_dataclass, field, fields, dataclass


A = make_dataclass('A', ['x', ('y', int), ('z', int, field(default=3))])
print(A(1, 2), A.__module__, A.__qualname__, A.__name__, [f.name for f in fields(A)])
print(A.__annotations__['y'], A.__annotations__['z'], repr(A.__annotations__['x']))
B = make_dataclass('B', [('v', int, field(default=0))], bases=(A,), namespace={'double': lambda self: self.v * 2},
                   order=True, module='somewhere')
print(B(1, 2, 3, 4), B(1, 2, 3, 4).double(), B.__module__, B(0, 0, 0, 1) < B(0, 0, 0, 2))
print(B.__mro__[1] is A)
for bad in (['x y'], ['for'], ['x', 'x'], [(1, 2, 3, 4)], [('a',)], [3], ['class', 'x']):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)
K = make_dataclass('K', [('a', int)], kw_only=True, repr=False)
print(K(a=1).a, '__repr__' in K.__dict__)

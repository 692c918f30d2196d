from collections import namedtuple

cases = [
    ('P', 'x x'), ('P', 'x _y'), ('P', 'x def'), ('P', 'x 1a'), ('1P', 'x'),
    ('P', ['x', 3]), ('class', 'x'), (b'P', 'x'), ('P', 'a,b  c'), ('P', ['é', 'a']),
    ('P', 'x, y'), ('P', ('match', 'case', 'type')), ('P', 'x None'), ('P', 'x async'),
    ('P-Q', 'x'), ('', 'x'), ('P', ''), ('P', 'x\ty\nz'),
]
for typename, fields in cases:
    try:
        T = namedtuple(typename, fields)
        print(T.__name__, T._fields, T.__doc__)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for fields in ['x def _y x 1', 'abc def ghi abc', ['a', 'a', 'a'], 'x _ y']:
    print(namedtuple('R', fields, rename=True)._fields)
try:
    namedtuple('P', 5)
except TypeError as e:
    print('TypeError', e)
print(namedtuple('One', 'x').__doc__, namedtuple('One', 'x').__new__.__doc__)

from collections import namedtuple

Point = namedtuple('Point', 'x y')
Three = namedtuple('Three', ['a', 'b', 'c'])
Empty = namedtuple('Empty', '')
cases = [
    lambda: Point(),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, z=3),
    lambda: Point(1, 2, x=3),
    lambda: Point(y=1),
    lambda: Three(1),
    lambda: Three(),
    lambda: Three(c=1),
    lambda: Empty(1),
    lambda: Empty(a=1),
    lambda: Point.__new__(Point, 1),
    lambda: Point.__new__(),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(Empty(), Empty._fields, Empty.__doc__)
print(Point.__new__.__name__, Point.__new__.__qualname__, Point.__new__.__doc__)
print(Point.__new__.__defaults__, Point.__new__.__kwdefaults__)
print(Point.__new__.__code__.co_varnames, Point.__new__.__code__.co_argcount)
print(Point.__new__.__module__)

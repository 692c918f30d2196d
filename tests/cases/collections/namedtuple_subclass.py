from collections import namedtuple


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point._make([5, 6]), type(Point._make([5, 6])).__name__)
print(Point(1, 2)._replace(x=9), type(Point(1, 2)._replace(x=9)).__name__)
print(Point.__mro__[1].__name__, Point.__bases__[0]._fields)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print('AttributeError', e)


class Loose(namedtuple('Loose', 'a')):
    pass


lo = Loose(1)
lo.extra = 5
print(lo, lo.extra, lo.__dict__)


class WithNew(namedtuple('WithNew', 'a b')):
    def __new__(cls, a, b=10):
        return super().__new__(cls, a * 2, b)


print(WithNew(1), WithNew(1, 2), WithNew._make([3, 4]))
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3), Point3D._fields)

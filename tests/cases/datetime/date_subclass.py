# Subclasses of date.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class D(date):
    def first(self):
        return self.replace(day=1)
x = D(2024, 5, 17)
print(repr(x), str(x), type(x).__name__)
for r in [x + timedelta(1), timedelta(1) + x, x - timedelta(1), x.replace(year=2000), x.first(),
          D.fromordinal(5), D.fromisoformat('2024-01-02'), D.fromisocalendar(2024, 1, 1)]:
    print(repr(r), type(r).__name__)
print(repr(x - D(2024, 1, 1)))
class E(date):
    def __new__(cls, y, m, d, tag='t'):
        self = super().__new__(cls, y, m, d)
        self.tag = tag
        return self
e = E(2024, 1, 1, 'x')
print(e.tag, (e + timedelta(1)).tag, E.fromordinal(1).tag)

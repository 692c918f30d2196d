# Subclasses of timedelta.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class TD(timedelta):
    def double(self):
        return self * 2
x = TD(days=1, hours=2)
print(repr(x), type(x).__name__, x.double(), type(x.double()).__name__)
for r in [x + x, x - x, -x, +x, abs(x), x * 2, x / 2, x // 2, x % timedelta(hours=5)]:
    print(repr(r), type(r).__name__)
class TD2(timedelta):
    def __new__(cls, n):
        return super().__new__(cls, seconds=n)
print(repr(TD2(70)), TD2(70).seconds)
x.attr = 5
print(x.attr, x.__dict__)

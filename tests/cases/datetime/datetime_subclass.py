# Subclasses of datetime.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class DT(datetime):
    def label(self):
        return 'DT:' + self.isoformat()
x = DT(2024, 5, 6, 7, 8)
print(repr(x), x.label())
for r in [x + timedelta(1), timedelta(1) + x, x - timedelta(1), x.replace(hour=1), DT.combine(date(2024, 1, 1), time(5)),
          DT.fromisoformat('2024-01-01T05:06'), DT.fromordinal(3), x.astimezone(timezone.utc)]:
    print(repr(r), type(r).__name__)
print(repr(x - DT(2024, 1, 1)), type(x.date()).__name__, type(x.time()).__name__)
print(isinstance(x, date), issubclass(DT, date))

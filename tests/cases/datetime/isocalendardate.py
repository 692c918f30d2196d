# IsoCalendarDate: made from its fields, pickled as a plain tuple.
from datetime import date
I = type(date(2024,1,1).isocalendar())
print(I.__doc__)
x = I(2024, 1, 2); print(repr(x), x.year, type(x).__mro__, x == (2024, 1, 2))
for f in [lambda: I(1,2), lambda: I(year=1, week=2, weekday=3), lambda: I(1,2,3,4)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(x.__reduce__(), x.__reduce_ex__(2), date(2020,12,31).isocalendar().__reduce__())
import copy
print(copy.copy(x), copy.deepcopy(x))

# Datetime pickling.
# lib: reducecheck
from datetime import *
import datetime as D
from reducecheck import rebuild, t


import copy
for x in [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, fold=1),
          datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=2), 'X')), datetime.max]:
    print(x.__reduce__(), x.__reduce_ex__(2), x.__reduce_ex__(4))
    for p in range(6):
        y = rebuild(x, p)
        print(y == x, y.fold, repr(y.tzinfo), end=' ')
    print()
print(copy.deepcopy(datetime(2024, 1, 1, tzinfo=timezone.utc)))

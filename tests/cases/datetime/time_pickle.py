# Time pickling.
# lib: reducecheck
from datetime import *
import datetime as D
from reducecheck import rebuild, t


for x in [time(1, 2, 3, 4), time(1, fold=1), time(5, tzinfo=timezone.utc), time(23, 59, 59, 999999, fold=1)]:
    print(x.__reduce__(), x.__reduce_ex__(2), x.__reduce_ex__(4))
    for p in range(6):
        y = rebuild(x, p)
        print(y == x, y.fold, end=' ')
    print()
print(time.min, time.max, time.resolution)
print(time.__doc__)

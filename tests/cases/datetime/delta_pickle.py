# Pickling and copying timedelta.
# lib: reducecheck
from datetime import *
import datetime as D
from reducecheck import rebuild, t


import copy
for d in [timedelta(0), timedelta(1, 2, 3), timedelta.min, timedelta.max]:
    print(d.__reduce__(), d.__reduce_ex__(2)[:2] if False else '')
    for proto in range(0, 6):
        assert rebuild(d, proto) == d
print(copy.copy(timedelta(5)), copy.deepcopy(timedelta(5, 5)))

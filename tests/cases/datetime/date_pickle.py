# Pickling dates.
# lib: reducecheck
from datetime import *
import datetime as D
from reducecheck import rebuild, t


import copy
d = date(2024, 1, 1)
print(d.__reduce__())
print(d.__reduce_ex__(2))
for proto in range(6):
    print(rebuild(d, proto) == d, end=' ')
print()
print(date(b'\x07\xe8\x01\x01'), date(b'\x00\x01\x0c\x1f'))
print(copy.copy(d), copy.deepcopy(d))

# Pickling dates.
from datetime import *
import datetime as D


def rebuild(x, proto):
    # what unpickling does with the reduced form
    cls, args = x.__reduce_ex__(proto)[:2]
    return cls(*args)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import copy
d = date(2024, 1, 1)
print(d.__reduce__())
print(d.__reduce_ex__(2))
for proto in range(6):
    print(rebuild(d, proto) == d, end=' ')
print()
print(date(b'\x07\xe8\x01\x01'), date(b'\x00\x01\x0c\x1f'))
print(copy.copy(d), copy.deepcopy(d))

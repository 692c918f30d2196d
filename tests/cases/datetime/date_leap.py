# Leap years and month lengths.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import itertools
for y in [1, 4, 100, 200, 400, 1900, 2000, 2023, 2024, 2100, 9996, 9999]:
    lengths = []
    for m in range(1, 13):
        d = 28
        while True:
            try:
                date(y, m, d + 1)
            except ValueError:
                break
            d += 1
        lengths.append(d)
    print(y, lengths, (date(y, 12, 31) - date(y, 1, 1)).days + 1)

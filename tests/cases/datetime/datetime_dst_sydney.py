# Southern hemisphere DST.
# env: TZ=Australia/Sydney
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import time
time.tzset()
for args in [(2024, 4, 7, 2, 30), (2024, 10, 6, 2, 30), (2024, 1, 1), (2024, 7, 1)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        print(d, fold, d.timestamp(), d.astimezone(), d.astimezone().tzname())

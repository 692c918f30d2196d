# Date text forms.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [date(1, 1, 1), date(9, 9, 9), date(999, 12, 31), date(2024, 3, 5), date.max]:
    print(d.isoformat(), str(d), repr(d), d.ctime(), format(d), f'{d}', f'{d:%d/%m/%Y}')
print(date.isoformat.__doc__)
print(date.ctime.__doc__)

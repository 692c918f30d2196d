# Utcnow and utcfromtimestamp warn.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import warnings
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    x = datetime.utcfromtimestamp(86400 * 365.25)
    y = datetime.utcnow()
print(x, type(y).__name__, y.tzinfo)
for m in w:
    print(m.category.__name__, m.message)
t(lambda: datetime.utcfromtimestamp(float('nan')))
t(lambda: datetime.utcfromtimestamp(-62135596801))
t(lambda: datetime.utcfromtimestamp(-62135596800))

# Date.strftime through the C library.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 3, 5)
for f in ['%Y-%m-%d', '%A %a %B %b', '%j %U %W %w', '%y %C %G %V %u', '%H:%M:%S', '%f', '%z|%Z|%:z', '%%',
          '', 'plain', '%c', '%x', '%e', '100%', '%Q', 'é%Yü', '%Y' * 50]:
    t(lambda: d.strftime(f))
t(lambda: d.strftime(5))
t(lambda: d.strftime())
t(lambda: format(d, 5))
t(lambda: format(d, ''))
t(lambda: date(1, 1, 1).strftime('%Y %y %G'))
t(lambda: date(9999, 12, 31).strftime('%Y %j'))

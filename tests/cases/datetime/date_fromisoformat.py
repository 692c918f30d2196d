# Date.fromisoformat in every form.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['2024-01-01', '20240101', '2024-W01', '2024W01', '2024-W01-1', '2024W011', '2020-W53-7',
          '2024-02-29', '0001-01-01', '9999-12-31', '2024-1-1', '2024-01-01T00', '2024-0101', '202401-01',
          '2024-02-30', '0000-01-01', '2024-W53', '2024-W00', '2024-W01-8', '2024-W1', '２０２４-01-01', '',
          '2024-01-01 ', ' 2024-01-01', '2024/01/01', '2024W01-1', '2024-W011']:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(5))
t(lambda: date.fromisoformat(b'2024-01-01'))

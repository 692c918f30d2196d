# Strptime class methods.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime.strptime('2024-01-02 03:04:05 +0130', '%Y-%m-%d %H:%M:%S %z'))
t(lambda: datetime.strptime('2024 UTC', '%Y %Z'))
t(lambda: datetime.strptime('2024-01-02 03:04:05.25', '%Y-%m-%d %H:%M:%S.%f'))
t(lambda: datetime.strptime('2024-01-02', '%Y-%m-%d %H'))
t(lambda: datetime.strptime('x', '%Y'))
t(lambda: datetime.strptime(5, '%Y'))
t(lambda: datetime.strptime('2024'))
t(lambda: date.strptime('2024-03-04', '%Y-%m-%d'))
t(lambda: date.strptime('2024-03-04 10', '%Y-%m-%d %H'))
t(lambda: time.strptime('10:11', '%H:%M'))
t(lambda: time.strptime('10:11:12.5 -0100', '%H:%M:%S.%f %z'))
class DT(datetime):
    pass
t(lambda: type(DT.strptime('2024', '%Y')).__name__)

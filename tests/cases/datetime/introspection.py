# Class dictionaries: descriptor kinds and text signatures; reduced forms.
from datetime import *
import datetime as D
for cls in [timedelta, date, time, datetime, timezone, tzinfo]:
    for n in sorted(vars(cls)):
        v = vars(cls)[n]
        sig = getattr(v, '__text_signature__', 'NA')
        if n in ('__divmod__', '__rdivmod__'):
            continue  # slot wrappers in CPython
        print(cls.__name__, n, type(v).__name__, sig)
print(D.IsoCalendarDate if hasattr(D, 'IsoCalendarDate') else 'no IsoCalendarDate')
ic = date(2024,1,1).isocalendar()
print(type(ic).__module__, type(ic).__qualname__)
print(hash(timezone.utc) == hash(timedelta(0)))
print(timedelta(1).__reduce_ex__(2), date(2024,1,1).__reduce_ex__(2))
print(timezone.utc.__reduce_ex__(2))
print(repr(timezone(timedelta(hours=1), 'x').__reduce_ex__(2)))
print(tzinfo.__reduce_ex__(tzinfo(), 2))
print(date.__hash__ is not None, time.__eq__)
print(date(2024,1,1).__class__, datetime.__base__, time.__base__, timezone.__base__)

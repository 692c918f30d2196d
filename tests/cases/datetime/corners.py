# Odd corners: formats, extremes of aware values, mixed operands.
from datetime import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: format(timedelta(1), ''))
t(lambda: format(timedelta(1), 'x'))
t(lambda: format(timezone.utc, ''))
t(lambda: f'{timedelta(hours=1)!r:>40}')
t(lambda: timedelta(1) == timedelta(1).__pos__())
t(lambda: timedelta(days=1).__class__.__name__)
t(lambda: datetime(2024,1,1) + timedelta(days=1, microseconds=-1))
t(lambda: datetime(2024,1,1) - timedelta.max)
t(lambda: date(2024,1,1) - timedelta.max)
t(lambda: time(1) == None)
t(lambda: time(1) < None)
t(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc))
t(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
t(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).utctimetuple())
t(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).utctimetuple())
t(lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).timestamp())
t(lambda: timezone(timedelta(hours=1)).utcoffset(datetime(2024,1,1)))
t(lambda: timezone(timedelta(hours=1)).tzname(date(2024,1,1)))
t(lambda: datetime(2024,1,1,tzinfo=timezone.utc).astimezone(timezone.utc) is not None)
t(lambda: datetime(2024,1,1).replace(tzinfo=timezone.utc) == datetime(2024,1,1,tzinfo=timezone.utc))
t(lambda: sorted([datetime(2024,1,1,tzinfo=timezone(timedelta(hours=h))) for h in range(-3, 4)]))
t(lambda: max(time(1, tzinfo=timezone.utc), time(2, tzinfo=timezone(timedelta(hours=2)))))
t(lambda: time(12, tzinfo=timezone(timedelta(hours=-12))).isoformat())
t(lambda: date(2024, 1, 1).__reduce_ex__(0))
t(lambda: timedelta(seconds=1) * True)
t(lambda: timedelta(seconds=1) / True)
t(lambda: timedelta(seconds=10) // timedelta(seconds=3.5))
t(lambda: -timedelta(seconds=10) % timedelta(seconds=3))
t(lambda: abs(timedelta.min))
t(lambda: timedelta(hours=1) in {timedelta(minutes=60)})

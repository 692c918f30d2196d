# A tzinfo subclass with summer time: the generic fromutc, fold, astimezone, comparisons.
from datetime import datetime, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)


class Alpine(tzinfo):
    """UTC+1, with summer time (UTC+2) from the last Sunday of March, 02:00,
    to the last Sunday of October, 03:00 (wall clock)."""

    @staticmethod
    def _last_sunday(year, month):
        d = datetime(year, month + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    def dst(self, dt):
        if dt is None or dt.tzinfo is not self:
            return timedelta(0)
        start = self._last_sunday(dt.year, 3).replace(hour=2)
        end = self._last_sunday(dt.year, 10).replace(hour=3)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if start <= naive < start + HOUR:  # the gap
            return HOUR if dt.fold else timedelta(0)
        if end - HOUR <= naive < end:  # the repeated hour
            return timedelta(0) if dt.fold else HOUR
        return timedelta(0)

    def utcoffset(self, dt):
        return HOUR + self.dst(dt)

    def tzname(self, dt):
        return 'CEST' if self.dst(dt) else 'CET'

    def __repr__(self):
        return 'Alpine()'


z = Alpine()
for args in [(2024, 3, 31, 1, 30), (2024, 3, 31, 2, 30), (2024, 3, 31, 3, 30), (2024, 10, 27, 1, 30),
             (2024, 10, 27, 2, 30), (2024, 10, 27, 3, 30), (2024, 7, 1), (2024, 1, 1)]:
    for fold in (0, 1):
        d = datetime(*args, tzinfo=z, fold=fold)
        u = d.astimezone(timezone.utc)
        back = u.astimezone(z)
        print(repr(d), d.utcoffset(), d.dst(), d.tzname(), d.isoformat(), repr(u), repr(back), back.fold,
              d.timestamp(), d.timetuple().tm_isdst, d.strftime('%H:%M %Z %z'))
start = datetime(2024, 10, 27, 0, 0, tzinfo=timezone.utc)
for k in range(5):
    u = start + k * timedelta(minutes=30)
    local = z.fromutc(u.replace(tzinfo=z))
    print(repr(u), repr(local), local.fold, local.tzname())
a = datetime(2024, 10, 27, 2, 30, tzinfo=z)
b = datetime(2024, 10, 27, 2, 30, tzinfo=z, fold=1)
c = datetime(2024, 10, 27, 0, 30, tzinfo=timezone.utc)
print(a == b, a < b, a - b, b - a, a == c, b == c, b - c, c - b)
print(hash(a) == hash(a.replace()), (a - timedelta(hours=1)).isoformat(), (b + timedelta(minutes=30)).isoformat())
print(a.astimezone(timezone(timedelta(hours=-5))), b.astimezone(timezone(timedelta(hours=-5))))
print(datetime.fromtimestamp(1729992600, z), datetime.fromtimestamp(1729996200, z))
print(datetime.now(z).tzinfo, datetime(2024, 5, 5, 12, tzinfo=z).astimezone(z) is not None)
print(hash(b) == hash(a), hash(b) == hash(b.replace(fold=0)), len({a, b, c}))

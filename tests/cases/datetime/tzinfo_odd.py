# tzinfo classes that give no offset or raise; operands that do not mix.
from datetime import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None
    def dst(self, dt):
        return None
    def tzname(self, dt):
        return None


class Raising(tzinfo):
    def utcoffset(self, dt):
        raise KeyError('off')


n = NoOffset()
t(lambda: datetime(2024, 1, 1, tzinfo=n).utcoffset())
t(lambda: datetime(2024, 1, 1, tzinfo=n).isoformat())
t(lambda: datetime(2024, 1, 1, tzinfo=n).strftime('[%z][%Z][%:z]'))
t(lambda: datetime(2024, 1, 1, tzinfo=n).timestamp())
t(lambda: datetime(2024, 1, 1, tzinfo=n) - datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1, tzinfo=n) == datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1, tzinfo=n) < datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: datetime(2024, 1, 1, tzinfo=n).astimezone(timezone.utc))
t(lambda: datetime(2024, 1, 1, tzinfo=n).utctimetuple())
t(lambda: time(1, tzinfo=n) < time(2))
t(lambda: datetime(2024, 1, 1, tzinfo=Raising()).utcoffset())
t(lambda: datetime(2024, 1, 1, tzinfo=Raising()) == datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: hash(datetime(2024, 1, 1, tzinfo=Raising())))
t(lambda: hash(time(1, tzinfo=Raising())))
t(lambda: str(time(1, tzinfo=Raising())))
t(lambda: time(1) - timedelta(1))
t(lambda: date(2024, 1, 1) - time(1))
t(lambda: timedelta(1) - date(2024, 1, 1))
t(lambda: timedelta(1) - datetime(2024, 1, 1))
t(lambda: time(1) * 2)
t(lambda: -date(2024, 1, 1))
t(lambda: abs(datetime(2024, 1, 1)))
t(lambda: datetime(2024, 1, 1) < time(1))
t(lambda: timezone.utc < timezone(timedelta(1)))
t(lambda: tzinfo() == tzinfo())
t(lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
t(lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).astimezone(timezone.utc))
t(lambda: datetime(2024, 1, 1).astimezone(tzinfo()))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(NoOffset()))

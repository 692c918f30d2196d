# Datetimes across the range: arithmetic, aware differences, text round trips, timestamps in UTC.
from datetime import datetime, timedelta, timezone

state = 24681357


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


zones = [timezone.utc, timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=-11), 'W'),
         timezone(timedelta(seconds=-1, microseconds=5)), None]
for i in range(250):
    us = rand() % (3652059 * 86400 * 10**6)
    tz = zones[rand() % len(zones)]
    d = datetime.min.replace(tzinfo=tz) + timedelta(microseconds=us)
    s = d.isoformat()
    assert datetime.fromisoformat(s) == d, s
    step = timedelta(microseconds=rand() % 10**14 - 5 * 10**13)
    try:
        e = d + step
        print(s, repr(e), e - d == step, d.strftime('%Y-%m-%dT%H:%M:%S.%f%z'), d.timetuple()[:8])
    except OverflowError as err:
        print(s, 'OverflowError', err)
    if tz is not None:
        try:
            print(d.timestamp(), d.astimezone(timezone.utc), d.utctimetuple()[:6])
            ts = d.timestamp()
            print(datetime.fromtimestamp(ts, timezone.utc))
        except (OverflowError, ValueError) as err:
            print(type(err).__name__, err)
for i in range(100):
    ts = (rand() % 10**12) / 10 ** (rand() % 7) - 5 * 10**8
    try:
        print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)))
    except (OverflowError, ValueError) as err:
        print(ts, type(err).__name__, err)
for ts in [-62135596801, -62135596800, 253402300799.999999, 253402300800, 1e15, -1e15, 1e19]:
    try:
        print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)))
    except (OverflowError, ValueError) as err:
        print(ts, type(err).__name__, err)

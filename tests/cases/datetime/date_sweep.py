# Dates across the whole range: ordinals, weekdays, ISO calendar, text forms.
from datetime import date, datetime, timedelta

state = 987654321


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


for i in range(300):
    o = rand() % 3652059 + 1
    d = date.fromordinal(o)
    ic = d.isocalendar()
    assert date.fromisocalendar(*ic) == d
    assert date.fromisoformat(d.isoformat()) == d
    print(o, d, d.weekday(), tuple(ic), d.ctime(), d.strftime('%Y %j %a %b %U %W %G %V %u'),
          d.timetuple().tm_yday, hash(d) == hash(date(d.year, d.month, d.day)))
for i in range(100):
    a = date.fromordinal(rand() % 3652059 + 1)
    n = rand() % 2000000 - 1000000
    try:
        print(a + timedelta(days=n), (a + timedelta(days=n)) - a)
    except OverflowError as e:
        print(a, n, 'OverflowError', e)

# Module functions: isleap, leapdays, weekday, monthrange, monthcalendar, timegm, errors.
import calendar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, -4, 0]:
    print(y, calendar.isleap(y))
for a, b in [(1, 2025), (2025, 1), (2000, 2001), (0, 400), (-400, 400), (1900, 1900)]:
    print(a, b, calendar.leapdays(a, b))
t(lambda: calendar.weekday(2024, 2, 29))
t(lambda: calendar.weekday(1, 1, 1))
t(lambda: calendar.weekday(10000, 1, 1))
t(lambda: calendar.weekday(-5, 3, 1))
t(lambda: calendar.weekday(2024, 2, 30))
t(lambda: calendar.weekday(2024, 13, 1))
for ym in [(2024, 2), (2023, 2), (2024, 12), (1, 1), (9999, 12), (2024, 13), (2024, 0)]:
    t(lambda: calendar.monthrange(*ym))
t(lambda: calendar.monthcalendar(2024, 2))
t(lambda: calendar.monthcalendar(2024, 0))
t(lambda: calendar.timegm((2024, 1, 1, 0, 0, 0)))
t(lambda: calendar.timegm((1969, 12, 31, 23, 59, 59.5)))
t(lambda: calendar.timegm((2024, 2, 30, 25, 61, 61, 0, 0, 0)))
t(lambda: calendar.timegm((1, 1, 1, 0, 0, 0)))
t(lambda: calendar.setfirstweekday(7))
t(lambda: calendar.setfirstweekday(-1))
t(lambda: calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
t(lambda: calendar.firstweekday())
t(lambda: calendar.weekheader(2))
print(calendar.month(2024, 2))
calendar.setfirstweekday(0)
for w in [1, 2, 3, 4, 9, 10, 12]:
    t(lambda: calendar.weekheader(w))
t(lambda: calendar.IllegalMonthError(13).month)
t(lambda: calendar.IllegalWeekdayError(9).weekday)
t(lambda: [c.__name__ for c in calendar.IllegalMonthError.__mro__])
t(lambda: calendar.error)
t(lambda: (calendar.EPOCH, calendar.mdays))
t(lambda: calendar.formatstring(['a', 'bb', 'ccc']))
t(lambda: calendar.formatstring(['a', 'bb'], 5, 1))
calendar.format(['x', 'y'], 4, 2)

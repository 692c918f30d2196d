# Month and day names, the Day and Month enums, __all__.
import calendar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr))
print(calendar.month_name[1:3], calendar.month_name[-1], calendar.day_name[0:7:2], calendar.day_abbr[-7])
print(calendar.month_name[::-1][:2], calendar.day_name[10:])
t(lambda: calendar.day_name[7])
t(lambda: calendar.month_name[13])
t(lambda: calendar.month_name[-14])
print(type(calendar.month_name).__name__, type(calendar.day_name).__name__)
print(calendar.MONDAY, repr(calendar.MONDAY), calendar.JANUARY, repr(calendar.JANUARY))
print(calendar.Day, calendar.Month, repr(calendar.Day(3)), calendar.Month(2).name, list(calendar.Month)[:2])
print([int(d) for d in calendar.Day], [m.value for m in calendar.Month])
print(calendar.SUNDAY + 1, calendar.DECEMBER == 12, isinstance(calendar.MAY, int))
print(calendar.weekday(2024, 2, 29), repr(calendar.weekday(2024, 2, 29)), calendar.monthrange(2024, 2))
print(calendar.__all__)
print(sorted(n for n in calendar.__all__ if not hasattr(calendar, n)))

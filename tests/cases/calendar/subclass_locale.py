# Subclassed TextCalendar and the locale calendars in the C locale.
import calendar


class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        text = super().formatday(day, weekday, width)
        return text.replace(' ', '.') if weekday >= 5 else text


print(Marked().formatmonth(2024, 3))
print(Marked(6).formatyear(2024, 2, 1, 2, 6)[:500])
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 5), lc.locale)
print(calendar.LocaleHTMLCalendar(locale='C').formatmonth(2024, 5))
print(calendar.TextCalendar().formatmonthname(2024, 2, 20, withyear=False) + '|')
print(calendar.TextCalendar().formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 2) + '|')
print(repr(calendar.TextCalendar().formatday(0, 3, 4)), repr(calendar.TextCalendar().formatday(5, 3, 4)))
print(repr(calendar.TextCalendar().formatweekday(0, 12)), repr(calendar.TextCalendar().formatweekday(0, 1)))
try:
    calendar.TextCalendar().formatmonthname(2024, 13, 10)
except Exception as e:
    print(type(e).__name__, e)
calendar.TextCalendar().prweek([(1, 0), (2, 1)], 3)
print()

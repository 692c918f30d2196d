# TextCalendar months: widths, line spacing, first weekdays.
import calendar

for first in (0, 6, 3, 8):
    tc = calendar.TextCalendar(first)
    print(tc.firstweekday, tc.getfirstweekday())
    print(tc.formatmonth(2024, 2))
    print(tc.formatmonth(2023, 12, 3, 2))
print(repr(calendar.TextCalendar().formatmonth(2021, 2, 1, 0)))
print(repr(calendar.month(2024, 2)))
print(repr(calendar.TextCalendar().formatmonth(1, 1)))
print(repr(calendar.TextCalendar().formatmonth(9999, 12, 4)))
calendar.prmonth(2024, 7)
calendar.TextCalendar(6).prmonth(2024, 9, 2, 1)

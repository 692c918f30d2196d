# TextCalendar years: column counts, widths, spacing.
import calendar

print(calendar.calendar(2024))
print(calendar.TextCalendar(6).formatyear(2023, 3, 1, 4, 4))
print(calendar.TextCalendar().formatyear(2025, 2, 2, 2, 2))
print(repr(calendar.TextCalendar().formatyear(2024, 1, 0, 0, 5)))
print(repr(calendar.TextCalendar().formatyear(2024, m=12)[:300]))
calendar.prcal(1999, m=6)

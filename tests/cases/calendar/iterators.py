# Calendar's iterators and matrices, also at the ends of the date range.
import calendar

cal = calendar.Calendar()
print(list(cal.iterweekdays()), list(calendar.Calendar(8).iterweekdays()), list(calendar.Calendar(6).iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2)))
print(list(cal.itermonthdays3(2024, 3))[:9])
print(list(cal.itermonthdays4(2024, 12))[-6:])
print(list(cal.itermonthdates(2024, 2))[:3])
print(cal.monthdatescalendar(2024, 2)[0])
print(cal.monthdays2calendar(2023, 1))
print(cal.monthdayscalendar(2026, 2))
for first in range(7):
    c = calendar.Calendar(first)
    print(first, c.monthdayscalendar(2015, 2), len(c.monthdayscalendar(2024, 9)))
print(list(calendar.Calendar(6).itermonthdays(1, 1)), list(calendar.Calendar(6).itermonthdays4(1, 1))[:3])
print(list(cal.itermonthdays4(9999, 12))[-3:], list(cal.itermonthdays3(9999, 12))[-1])
try:
    list(cal.itermonthdates(9999, 12))
except Exception as e:
    print(type(e).__name__, e)
print(next(cal.itermonthdates(1, 1)))
try:
    list(calendar.Calendar(6).itermonthdates(1, 1))
except Exception as e:
    print(type(e).__name__, e)
y = cal.yeardayscalendar(2024, 4)
print(len(y), [len(row) for row in y], y[0][0][0])
print(cal.yeardays2calendar(2024)[3][2][-1])
print(cal.yeardatescalendar(2024, 5)[2][1][0])
c = calendar.Calendar()
c.firstweekday = 3
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.setfirstweekday(13)
print(c.firstweekday)
try:
    cal.monthdayscalendar(2024, 13)
except Exception as e:
    print(type(e).__name__, e)

# HTMLCalendar output.
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(calendar.HTMLCalendar(6).formatmonth(2023, 12))
print(h.formatyear(2024, 4))
print(h.formatyear(2024, 0)[:200])
print(h.formatyearpage(2024, 3)[:600])
print(h.formatyearpage(2024, css=None, encoding='ascii')[:400])
print(h.formatday(0, 3), h.formatday(5, 6), h.formatweekday(2), h.formatweekheader())
print(h.formatweek([(1, 0), (2, 1), (0, 2)]))
print(h.formatmonthname(2024, 5), h.formatmonthname(2024, 5, False))


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'm'


print(Styled().formatmonth(2024, 1))

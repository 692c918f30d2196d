# The calendar module's public names and the signatures of its classes.
import calendar
import inspect

print(sorted(n for n in dir(calendar) if not n.startswith('_') and n != 'main'))
for c in [calendar.Calendar, calendar.TextCalendar, calendar.HTMLCalendar, calendar.LocaleTextCalendar,
          calendar.LocaleHTMLCalendar]:
    for n, f in sorted(vars(c).items()):
        if callable(f) and (not n.startswith('_') or n == '__init__'):
            print(c.__name__, n, inspect.signature(f))
print(inspect.signature(calendar.setfirstweekday), inspect.signature(calendar.weekday),
      inspect.signature(calendar.timegm), inspect.signature(calendar.format))
print(calendar.Calendar.__doc__, calendar.TextCalendar.__doc__, calendar.HTMLCalendar.__doc__)
print(calendar.isleap.__doc__, calendar.leapdays.__doc__, calendar.monthrange.__doc__, calendar.weekday.__doc__)

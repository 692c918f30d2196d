# Formatter in the three styles, its validation errors, defaults, usesTime.
import logging, time

logging.Formatter.converter = time.gmtime

rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('world',), 'name': 'n',
                             'levelname': 'INFO', 'levelno': 20, 'custom': 7,
                             'created': 1234567890.5, 'msecs': 500.0})
def show(*a, **k):
    try:
        f = logging.Formatter(*a, **k)
        print(repr(f._fmt), f.usesTime(), repr(f.format(rec)))
    except (ValueError, KeyError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

show()
show('%(name)s:%(message)s')
show('%(custom)05d %(message)-12s|')
show('%(missing)s')
show('%(x')
show('no fields')
show('{name}:{message}', style='{')
show('{custom:>5} {message!r}', style='{')
show('{levelname[0]}{custom.real}', style='{')
show('{x', style='{')
show('{}', style='{')
show('{0}', style='{')
show('{x!z}', style='{')
show('{x:zz}', style='{')
show('{a b}', style='{')
show('plain', style='{')
show('{missing}', style='{')
show('$name:${message}', style='$')
show('$$ $name', style='$')
show('$', style='$')
show('$$', style='$')
show('plain', style='$')
show('$missing', style='$')
show('%(asctime)s', style='%')
show('{asctime}', style='{', datefmt='%Y')
show('$asctime', style='$')
show('x', style='#')
show('{x}', style='{', validate=False)
show('abc', validate=False)
show('%(extra)s %(message)s', defaults={'extra': 'E'})
show('{extra} {message}', style='{', defaults={'extra': 'E'})
show('${extra} $message', style='$', defaults={'extra': 'E', 'message': 'ignored'})
show('%(custom)s', defaults={'custom': 'not used'})
show(fmt=None, style='{')
show(fmt=None, style='$')
print(logging.Formatter().usesTime(), logging.BASIC_FORMAT)
print(sorted(logging._STYLES))
for cls in (logging.PercentStyle, logging.StrFormatStyle, logging.StringTemplateStyle):
    print(cls.__name__, cls.default_format, cls.asctime_format, cls.asctime_search)
    s = cls(None)
    print(s._fmt, s.usesTime())

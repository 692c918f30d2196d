# strftime corner formats: lone %, surrogates, NULs, long and locale-modifier formats.
from datetime import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 3, 5, 7, 8, 9, 12, tzinfo=timezone(timedelta(hours=-2, minutes=-30), 'ZZ'))
for f in ['%', '%%', '%%%', 'a%', '%\ud800', '\ud800', '😀%Y😀', '%E', '%O', '%Ey', '%Od', '%-d', '%#x',
          '%:', '%:%z', '%::z', '%%z', '%%f', 'x' * 1000 + '%Y', '%Y\x00%m', '\x00', '%n%t', '%G-%V-%u',
          '%C %g %h %k %l %P %r %R %T %D %F', '%+']:
    t(lambda: d.strftime(f))
    t(lambda: d.date().strftime(f))
    t(lambda: d.timetz().strftime(f))

# env: LC_ALL=C
# locale names: parsing, building, the default locale from the environment; currency in C.UTF-8.
import locale
import os

for name in ('C', 'C.UTF-8', 'en_US.UTF-8', 'de_DE@euro', 'fr_FR.ISO8859-1@euro', 'UTF-8', 'xx', 'en_US'):
    try:
        print(name, locale._parse_localename(name))
    except ValueError as exc:
        print(name, 'ValueError', exc)
for pair in (('en_US', 'UTF-8'), (None, None), ('de_DE', None), (None, 'UTF-8'), 'x', ('a', 'b', 'c'), 5,
             ('a', 5)):
    try:
        print(repr(pair), locale._build_localename(pair))
    except TypeError as exc:
        print(repr(pair), 'TypeError', exc)
for env in ({}, {'LANG': 'fr_FR.UTF-8'}, {'LANGUAGE': 'pt_BR:en_US', 'LANG': ''}, {'LC_CTYPE': 'de_DE@euro'}):
    for k in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'):
        os.environ.pop(k, None)
    os.environ.update(env)
    print(env, locale.getdefaultlocale())
print(locale.getlocale(), locale.setlocale(locale.LC_NUMERIC, ('C', 'UTF-8')), locale.getlocale(locale.LC_NUMERIC))
try:
    locale.currency(1.5)
except ValueError as exc:
    print('ValueError', exc)
print(locale.delocalize('1,234.5'), locale.atof('2.5'), locale.atoi('42'))
try:
    locale.setlocale(locale.LC_ALL, ('en_US', 7))
except (TypeError, locale.Error) as exc:
    print(type(exc).__name__, exc)

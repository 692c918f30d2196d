# LANG alone names the locale.
# env: LC_ALL= LANG=C.utf8
import locale

print(locale.setlocale(locale.LC_CTYPE), locale.getlocale(), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, ""), locale.setlocale(locale.LC_ALL, ""), locale.getlocale(locale.LC_TIME))

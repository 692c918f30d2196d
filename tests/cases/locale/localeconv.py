# localeconv and nl_langinfo of the C locale.
import _locale
import locale

print(locale.localeconv())
for name in sorted(n for n in dir(locale) if n.isupper() and not n.startswith("LC_") and n != "CHAR_MAX"):
    print(name, getattr(locale, name), repr(locale.nl_langinfo(getattr(locale, name))))
for bad in [99999, -1, "x", None]:
    try:
        locale.nl_langinfo(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
locale.setlocale(locale.LC_ALL, "C")
print(locale.localeconv() == _locale.localeconv(), locale.nl_langinfo(locale.CODESET))

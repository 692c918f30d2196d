# Each category set on its own and read back.
import locale

cats = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"]
for name in cats:
    cat = getattr(locale, name)
    print(name, locale.setlocale(cat), locale.getlocale(cat))
    print(" ", locale.setlocale(cat, "C"), locale.getlocale(cat), locale.setlocale(cat, "C.UTF-8"), locale.getlocale(cat))
print(locale.setlocale(locale.LC_ALL))
for name in cats:
    print(name, locale.setlocale(getattr(locale, name), "POSIX"))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(locale.LC_ALL))
print(locale.nl_langinfo(locale.CODESET), locale.getencoding())

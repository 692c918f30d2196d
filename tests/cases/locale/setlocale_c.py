# LC_ALL=C in the environment: no coercion to C.UTF-8.
# env: LC_ALL=C
import locale
import sys

print(sys.flags.utf8_mode, locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.getlocale(), locale.setlocale(locale.LC_ALL), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getencoding(), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ""), locale.getencoding())

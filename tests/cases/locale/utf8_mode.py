# -X utf8: getpreferredencoding says utf-8, getencoding the locale's.
# options: -X utf8
# env: LC_ALL=C
import locale
import sys

print(sys.flags.utf8_mode, locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.getlocale(), locale.setlocale(locale.LC_CTYPE))

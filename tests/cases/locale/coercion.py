# No locale in the environment: CPython makes LC_CTYPE C.UTF-8 (PEP 538).
# env: LC_ALL= LANG= LC_CTYPE=
import locale
import sys

print(sys.flags.utf8_mode, locale.setlocale(locale.LC_CTYPE), locale.getlocale(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale(locale.LC_CTYPE))

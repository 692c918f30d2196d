# setlocale and getlocale in the C and C.UTF-8 locales: queries, changes,
# the composite LC_ALL name, errors.
import locale


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (locale.Error, TypeError, ValueError) as e:
        print(label, "!", type(e).__name__, e)


attempt("query ctype", locale.setlocale, locale.LC_CTYPE)
attempt("query all", locale.setlocale, locale.LC_ALL)
attempt("getlocale", locale.getlocale)
attempt("getlocale numeric", locale.getlocale, locale.LC_NUMERIC)
attempt("getlocale all", locale.getlocale, locale.LC_ALL)
attempt("set all C", locale.setlocale, locale.LC_ALL, "C")
attempt("query all", locale.setlocale, locale.LC_ALL)
attempt("getlocale", locale.getlocale)
attempt("set all env", locale.setlocale, locale.LC_ALL, "")
attempt("getlocale all", locale.getlocale, locale.LC_ALL)
attempt("set numeric C.utf8", locale.setlocale, locale.LC_NUMERIC, "C.utf8")
attempt("query all", locale.setlocale, locale.LC_ALL)
attempt("getlocale all", locale.getlocale, locale.LC_ALL)
attempt("getlocale numeric", locale.getlocale, locale.LC_NUMERIC)
attempt("set time POSIX", locale.setlocale, locale.LC_TIME, "POSIX")
attempt("set all tuple", locale.setlocale, locale.LC_ALL, ("C", None))
attempt("set all tuple utf8", locale.setlocale, locale.LC_ALL, (None, "UTF-8"))
attempt("set all composite", locale.setlocale, locale.LC_ALL,
        "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;"
        "LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C")
attempt("set unknown", locale.setlocale, locale.LC_ALL, "xx_YY")
attempt("set unknown tuple", locale.setlocale, locale.LC_ALL, ("xx_YY", "UTF-8"))
attempt("set bad tuple", locale.setlocale, locale.LC_ALL, 5)
attempt("set nul", locale.setlocale, locale.LC_ALL, "a\0b")
attempt("query 99", locale.setlocale, 99)
attempt("set 99", locale.setlocale, 99, "C")
attempt("query -1", locale.setlocale, -1)
attempt("category str", locale.setlocale, "x")
attempt("_locale bytes", locale._setlocale, 0, b"C")
attempt("after all", locale.setlocale, locale.LC_ALL)
print(locale.Error, locale.Error.__mro__, locale.CHAR_MAX)

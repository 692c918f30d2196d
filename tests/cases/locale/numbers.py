# str, atof, atoi, delocalize, localize, format_string and currency in the
# C locale.
import locale


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for v in [1.5, 1 / 3, 1e100, -0.0, 123456789.123, 10**20, float("inf")]:
    attempt("str %r" % v, locale.str, v)
attempt("atof", locale.atof, "1.5")
attempt("atof int", locale.atof, "42", int)
attempt("atof comma", locale.atof, "1,5")
attempt("atof bad", locale.atof, "x")
attempt("atoi", locale.atoi, "42")
attempt("atoi float", locale.atoi, "1.5")
attempt("delocalize", locale.delocalize, "1,234.5")
attempt("localize", locale.localize, "1234.5", True)
attempt("format", locale.format_string, "%d %s %.2f", (1234567, "x", 3.14159), grouping=True)
attempt("format one", locale.format_string, "%.3f", 2.5)
attempt("format mapping", locale.format_string, "%(a)s and %(b)05d", {"a": 1, "b": 2})
attempt("format percent", locale.format_string, "100%% %d%%", 5)
attempt("format star", locale.format_string, "%*d|%-*.*f", (5, 42, 8, 2, 3.14159))
attempt("format too few", locale.format_string, "%.3f|%5d|%s", 1)
attempt("format too many", locale.format_string, "%d", (1, 2))
attempt("format bad value", locale.format_string, "%d", "x")
attempt("format list", locale.format_string, "%s", [1, 2])
attempt("format unknown", locale.format_string, "%y %d", 5)
attempt("format grouping", locale.format_string, "%10.2f", 1234567.891, True)
attempt("format monetary", locale.format_string, "%i", 1234567, True, True)
attempt("format repr", locale.format_string, "%r %a %c %x %o %e %G", ("é", "é", 65, 255, 8, 12345.678, 0.00001))
attempt("currency", locale.currency, 1.5)
attempt("currency intl", locale.currency, 1, international=True)

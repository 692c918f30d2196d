# mktime() in UTC: normalised fields, the day-of-week sentinel, errors.
# env: TZ=UTC
import time


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


attempt("epoch", time.mktime, (1970, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("y2k", time.mktime, (2000, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("normalised", time.mktime, (2000, 13, 45, 25, 61, 61, 9, 400, 5))
attempt("one before epoch", time.mktime, (1969, 12, 31, 23, 59, 59, 0, 1, 0))
attempt("negative seconds", time.mktime, (1970, 1, 1, 0, 0, -1, 0, 1, 0))
attempt("struct_time", time.mktime, time.gmtime(123456789))
attempt("round trip", time.mktime, time.localtime(987654321))
attempt("year 1", time.mktime, (1, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("big year", time.mktime, (2**31 - 1, 12, 31, 23, 59, 59, 0, 1, 0))
attempt("bool", time.mktime, (True, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("list", time.mktime, [2000, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("short", time.mktime, (2000, 1))
attempt("long", time.mktime, (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0))
attempt("float item", time.mktime, (2000.5, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("str item", time.mktime, ("x", 1, 1, 0, 0, 0, 0, 1, 0))
attempt("int overflow", time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("int underflow", time.mktime, (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("long overflow", time.mktime, (2**63, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("year underflow", time.mktime, (-2**31, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("int", time.mktime, 1)
attempt("none", time.mktime, None)
attempt("no args", time.mktime)
attempt("two args", time.mktime, (1,) * 9, 1)


class Tup(tuple):
    pass


attempt("tuple subclass", time.mktime, Tup((2001, 2, 3, 4, 5, 6, 0, 1, 0)))

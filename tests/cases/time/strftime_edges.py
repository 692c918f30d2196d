# strftime(): NUL characters, non-ASCII and surrogates, flags, lone %,
# long results, the normalisation of out-of-range fields, errors.
# env: TZ=UTC
import time

t = (2000, 1, 1, 0, 0, 0, 5, 1, 0)


def attempt(label, *args):
    try:
        print(label, repr(time.strftime(*args)))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


attempt("nul", "a\0b%Y\0", t)
attempt("only nul", "\0", t)
attempt("empty", "", t)
attempt("lone %", "%", t)
attempt("trailing %", "abc%", t)
attempt("unknown", "%Q %E %O %4Y %-d %_m %^a %#b %10A", t)
attempt("non-ascii", "é%Y€ 日本 \U0001f600", t)
attempt("surrogate", "\udcff%m\ud800", t)
attempt("long", "%Y" * 3000, t)
attempt("wide", "%1000Y", t)
attempt("empty result", "%p%Z", (2000, 1, 1, 0, 0, 0, 5, 1, -1))
for label, tup in [("month 0", (2000, 0, 1, 0, 0, 0, 0, 1, 0)), ("mday 0", (2000, 1, 0, 0, 0, 0, 0, 0, 0)),
                   ("month 13", (2000, 13, 1, 0, 0, 0, 0, 1, 0)), ("month -1", (2000, -1, 1, 0, 0, 0, 0, 1, 0)),
                   ("mday 32", (2000, 1, 32, 0, 0, 0, 0, 1, 0)), ("mday -1", (2000, 1, -1, 0, 0, 0, 0, 1, 0)),
                   ("hour 24", (2000, 1, 1, 24, 0, 0, 0, 1, 0)), ("hour -1", (2000, 1, 1, -1, 0, 0, 0, 1, 0)),
                   ("minute 60", (2000, 1, 1, 0, 60, 0, 0, 1, 0)), ("second 61", (2000, 1, 1, 0, 0, 61, 0, 1, 0)),
                   ("second 62", (2000, 1, 1, 0, 0, 62, 0, 1, 0)), ("wday -1", (2000, 1, 1, 0, 0, 0, -1, 1, 0)),
                   ("wday -2", (2000, 1, 1, 0, 0, 0, -2, 1, 0)), ("wday 7", (2000, 1, 1, 0, 0, 0, 7, 1, 0)),
                   ("wday -8", (2000, 1, 1, 0, 0, 0, -8, 1, 0)), ("yday 0", (2000, 1, 1, 0, 0, 0, 0, 0, 0)),
                   ("yday 366", (2000, 1, 1, 0, 0, 0, 0, 366, 0)), ("yday 367", (2000, 1, 1, 0, 0, 0, 0, 367, 0)),
                   ("yday -1", (2000, 1, 1, 0, 0, 0, 0, -1, 0)), ("isdst 5", (2000, 1, 1, 0, 0, 0, 0, 1, 5)),
                   ("isdst -5", (2000, 1, 1, 0, 0, 0, 0, 1, -5))]:
    attempt(label, "%Y-%m-%d %H:%M:%S %a %j [%Z] [%z]", tup)
attempt("no args")
attempt("int format", 1, t)
attempt("bytes format", b"%Y", t)
attempt("none tuple", "%Y", None)
attempt("list tuple", "%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("short tuple", "%Y", (2000, 1))
attempt("ten items", "%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0, "x"))
attempt("float item", "%Y", (2000, 1.5, 1, 0, 0, 0, 0, 1, 0))
attempt("huge item", "%Y", (2000, 2**40, 1, 0, 0, 0, 0, 1, 0))
attempt("three args", "%Y", t, 1)
try:
    time.strftime("%Y", t=t)
except TypeError as e:
    print("keyword !", e)
print(type(time.strftime("%Y")), len(time.strftime("%Y-%m-%d")))
for f in ["%1100Y", "%1500Y", "%4000Y", "%99999Y", "%2147483647Y", "a%4000Y", "%p" * 10, "%c%4000Y"]:
    print(f[:12], len(time.strftime(f, t)))
